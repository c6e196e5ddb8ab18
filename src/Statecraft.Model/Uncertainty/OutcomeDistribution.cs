using System.Collections.Immutable;

namespace Statecraft.Model.Uncertainty;

/// <summary>The distribution of one issue's forecast over the Monte Carlo replicates.</summary>
/// <remarks>
/// <para>Statistics cover the <see cref="Defined"/> replicates only; replicates in which the model gave no forecast are
/// counted in <see cref="Undefined"/> and are never averaged in. When no replicate is defined, the statistics are
/// <see langword="null"/> and the histogram and region counts are all 0.</para>
/// <para>Quantiles follow <see cref="Quantiles"/> (Hyndman &amp; Fan definition 7). Numbers are on the issue's own scale.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="IssueId">The issue.</param>
public sealed record OutcomeDistribution(string IssueId)
{
    /// <summary>Gets the forecast of the unperturbed scenario (the deterministic forecast), if defined.</summary>
    public double? Baseline { get; init; }

    /// <summary>Gets the number of replicates with a forecast.</summary>
    public long Defined { get; init; }

    /// <summary>Gets the number of replicates without a forecast.</summary>
    public long Undefined { get; init; }

    /// <summary>Gets the mean forecast.</summary>
    public double? Mean { get; init; }

    /// <summary>Gets the sample standard deviation of the forecast (n − 1 denominator); <see langword="null"/> with fewer than two.</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Gets the smallest forecast.</summary>
    public double? Min { get; init; }

    /// <summary>Gets the largest forecast.</summary>
    public double? Max { get; init; }

    /// <summary>Gets the 10th percentile.</summary>
    public double? P10 { get; init; }

    /// <summary>Gets the median.</summary>
    public double? P50 { get; init; }

    /// <summary>Gets the 90th percentile.</summary>
    public double? P90 { get; init; }

    /// <summary>Gets the histogram over the issue's scale, from the lowest bin up.</summary>
    public ImmutableArray<HistogramBin> Histogram { get; init; } = [];

    /// <summary>Gets the probability of each labelled region of the scale, from the lowest up.</summary>
    public ImmutableArray<OutcomeRegion> Regions { get; init; } = [];

    /// <summary>Gets every replicate's forecast in replicate order, NaN where undefined (tidy output, sensitivity analysis).</summary>
    public ImmutableArray<double> Samples { get; init; } = [];

    /// <summary>Returns the p-quantile of the defined forecasts.</summary>
    /// <param name="p">The probability. Range: [0, 1].</param>
    /// <returns>The quantile, or <see langword="null"/> when no replicate is defined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1].</exception>
    public double? Quantile(double p)
    {
        var sorted = Samples.Where(v => !double.IsNaN(v)).Order().ToArray();
        var q = Quantiles.FromSorted(sorted, p);
        return double.IsNaN(q) ? null : q;
    }
}
