using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Model.Backtesting;

/// <summary>The forecast distribution of a point forecast: the point plus each training residual, and the 80% interval from their 10% and 90% quantiles.</summary>
/// <remarks>
/// <para>Residuals are outcome − forecast rescaled to 0–100 (× 100 / the scale's range), so issues on different scales
/// pool alike. The distribution puts 1/n on F + r for each of the n residuals, clamped to the issue's scale; the
/// interval is [F + q₁₀, F + q₉₀] with type-7 quantiles (<see cref="Quantiles"/>), clamped. This is how every model gets
/// intervals and a CRPS in the cross-validated backtest, from the same training residuals.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ResidualIntervals
{
    /// <summary>The lower quantile of the 80% interval.</summary>
    public const double LowQuantile = 0.10;

    /// <summary>The upper quantile of the 80% interval.</summary>
    public const double HighQuantile = 0.90;

    /// <summary>Returns outcome − forecast on 0–100, sorted ascending.</summary>
    /// <param name="cases">Issues with an outcome and their forecasts.</param>
    /// <returns>The sorted residuals.</returns>
    /// <exception cref="ArgumentException">An issue has no outcome.</exception>
    public static double[] Residuals(IEnumerable<(Issue Issue, double Forecast)> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var residuals = cases.Select(c => c.Issue.Outcome is { } y
            ? (y - c.Forecast) * 100 / c.Issue.Scale.Range
            : throw new ArgumentException($"Issue '{c.Issue.Id}' has no outcome.", nameof(cases))).ToArray();
        Array.Sort(residuals);
        return residuals;
    }

    /// <summary>Returns the distribution and interval of a point forecast given sorted residuals.</summary>
    /// <param name="issue">The issue (its scale).</param>
    /// <param name="forecast">The point forecast on the issue's scale.</param>
    /// <param name="sortedResiduals">Residuals on 0–100, ascending, at least one.</param>
    /// <returns>The forecast.</returns>
    public static IntervalForecast Forecast(Issue issue, double forecast, IReadOnlyList<double> sortedResiduals)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(sortedResiduals);
        if (sortedResiduals.Count == 0)
        {
            throw new ArgumentException("No residuals to build the distribution from.", nameof(sortedResiduals));
        }

        var scale = issue.Scale;
        var unit = scale.Range / 100;
        double At(double r) => Math.Clamp(forecast + (r * unit), scale.Min, scale.Max);
        var residuals = sortedResiduals as double[] ?? [.. sortedResiduals];
        var distribution = new DiscreteDistribution(residuals.Select(r => (At(r), 1.0)));
        return new IntervalForecast(
            distribution,
            At(Quantiles.FromSorted(residuals, LowQuantile)),
            At(Quantiles.FromSorted(residuals, HighQuantile)));
    }
}
