namespace Statecraft.Model.Mixture;

/// <summary>The parameters of the <c>statecraft</c> outcome-mixture model, as fitted and shipped.</summary>
/// <remarks>
/// <para>The model (docs/models/statecraft.md): the outcome is the negotiated compromise with probability π, the status
/// quo with probability (1 − π)·ρ, and otherwise one of the positions held, each with probability proportional to the
/// weight c·s^b behind it. The forecast is the median of that distribution, which minimises the expected absolute error.</para>
/// <para><see cref="Fitted"/> holds the values <see cref="MixtureFitter.Fit"/> selects on the EU-15 part of DEU II
/// (Thomson et al. 2012) with Council vote weights; a test refits and compares them.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="CompromiseShare">π, the probability that the outcome is the compromise. Range: [0, 1].</param>
/// <param name="StatusQuoShare">ρ, the share of the remaining probability on the reference point, when the issue has one. Range: [0, 1].</param>
/// <param name="SalienceExponent">b, the power of salience in the weight c·s^b. Range: b ≥ 0.</param>
/// <param name="AdvisoryActor">The actor whose say is advisory on issues flagged <paramref name="AdvisoryFlag"/> (DEU: <c>ep</c>).</param>
/// <param name="AdvisoryFlag">The issue flag of the advisory procedure (DEU: <c>cns</c>, consultation).</param>
/// <param name="ResidualLow">The 10% quantile of the out-of-sample residuals outcome − forecast, on a 0–100 scale.</param>
/// <param name="ResidualHigh">The 90% quantile of the out-of-sample residuals outcome − forecast, on a 0–100 scale.</param>
public sealed record MixtureParameters(
    double CompromiseShare,
    double StatusQuoShare,
    double SalienceExponent,
    string AdvisoryActor,
    string AdvisoryFlag,
    double ResidualLow,
    double ResidualHigh)
{
    /// <summary>Gets the parameters fitted on the EU-15 part of DEU II (173 issues, 69 proposals; vote weights).</summary>
    /// <remarks>
    /// Produced by <see cref="MixtureFitter.Fit"/> over <see cref="MixtureGrid.Default"/>: π = 0.325, ρ = 0.2, b = 2.
    /// The residual quantiles come from the leave-one-proposal-out residuals (type-7 quantiles).
    /// </remarks>
    public static MixtureParameters Fitted { get; } = new(0.325, 0.2, 2, "ep", "cns", -44.900899645242056, 35.737110235277584);
}
