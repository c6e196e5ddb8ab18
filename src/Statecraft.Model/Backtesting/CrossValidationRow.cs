namespace Statecraft.Model.Backtesting;

/// <summary>One model's cross-validated accuracy on one report row (a scheme, or one direction of a period or procedure split).</summary>
/// <remarks>
/// <para>Everything is on a 0–100 scale (errors × 100 / the scale range) and pooled over the row's test sets;
/// a repeated k-fold pools every repetition, so each issue counts once per repeat.</para>
/// <para>The gain is the compromise model's MAE minus this model's on the issues both forecast (positive: better than the
/// compromise). Its standard error is clustered by issue group (proposal): with dₖ = |compromise errorₖ| − |model errorₖ|
/// and G groups, SE = √(G/(G − 1) · Σ_g (Σ_{k∈g} (dₖ − d̄))²) / n. Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Split">The row's name, e.g. <c>proposal</c>, <c>kfold</c>, <c>1995–1998 → 1999–2000</c>, <c>cod → cns</c>.</param>
/// <param name="N">The number of distinct issues scored.</param>
/// <param name="MeanAbsoluteError">The mean absolute error of the point forecast.</param>
/// <param name="Gain">The compromise's MAE minus this model's on the common issues, or <see langword="null"/> when there are none.</param>
/// <param name="GainStandardError">The clustered standard error of <paramref name="Gain"/>, or <see langword="null"/> with fewer than two groups.</param>
/// <param name="Coverage">The share of outcomes inside their 80% interval.</param>
/// <param name="MeanWidth">The mean width of the 80% intervals.</param>
/// <param name="Crps">The mean continuous ranked probability score of the forecast distributions (lower is better).</param>
public sealed record CrossValidationRow(
    string Split,
    int N,
    double MeanAbsoluteError,
    double? Gain,
    double? GainStandardError,
    double Coverage,
    double MeanWidth,
    double Crps)
{
    /// <summary>Gets the gain's t statistic, Gain / SE, or <see langword="null"/> when the SE is missing or 0 (the compromise itself).</summary>
    public double? T => Gain is { } g && GainStandardError is { } se && se > 0 ? g / se : null;
}
