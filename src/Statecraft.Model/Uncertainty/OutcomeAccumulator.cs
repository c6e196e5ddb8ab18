namespace Statecraft.Model.Uncertainty;

/// <summary>A mergeable tally of the outcomes of one issue over Monte Carlo replicates: count, mean, variance, extremes, histogram and region counts.</summary>
/// <remarks>
/// <para>Undefined outcomes (a model with no forecast) are counted in <see cref="Undefined"/> and take no part in the
/// statistics. Mean and variance use Welford's update and the pairwise merge of Chan, Golub &amp; LeVeque (1983),
/// "Algorithms for computing the sample variance", Am. Stat. 37(3); results are bit-identical whenever values are added
/// and accumulators combined in the same order, which the engine guarantees by combining fixed blocks in block order.</para>
/// <para>Mutable and not thread-safe: one accumulator per block of replicates.</para>
/// </remarks>
[Mutable("A running tally updated once per replicate, then merged; MathNet RunningStatistics style.")]
public sealed class OutcomeAccumulator
{
    private readonly long[] _bins;
    private readonly long[] _regions;
    private double _mean;
    private double _m2;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="binning">The bins and regions.</param>
    public OutcomeAccumulator(OutcomeBinning binning)
    {
        ArgumentNullException.ThrowIfNull(binning);
        Binning = binning;
        _bins = new long[binning.Bins];
        _regions = new long[binning.Regions.Length];
    }

    /// <summary>Gets the bins and regions.</summary>
    public OutcomeBinning Binning { get; }

    /// <summary>Gets the number of defined outcomes added.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the number of undefined outcomes added.</summary>
    public long Undefined { get; private set; }

    /// <summary>Gets the mean of the defined outcomes, or NaN when there is none.</summary>
    public double Mean => Count > 0 ? _mean : double.NaN;

    /// <summary>Gets the sample variance (n − 1 denominator) of the defined outcomes, or NaN when fewer than two.</summary>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : double.NaN;

    /// <summary>Gets the smallest defined outcome, or NaN.</summary>
    public double Minimum { get; private set; } = double.NaN;

    /// <summary>Gets the largest defined outcome, or NaN.</summary>
    public double Maximum { get; private set; } = double.NaN;

    /// <summary>Gets the count in each histogram bin.</summary>
    public ReadOnlySpan<long> BinCounts => _bins;

    /// <summary>Gets the count in each region of the scale.</summary>
    public ReadOnlySpan<long> RegionCounts => _regions;

    /// <summary>Adds one replicate's outcome.</summary>
    /// <param name="value">The outcome, or <see langword="null"/> (or NaN) when the model gave no forecast.</param>
    public void Add(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            Undefined++;
            return;
        }

        Count++;
        var delta = v - _mean;
        _mean += delta / Count;
        _m2 += delta * (v - _mean);
        Minimum = Count == 1 ? v : Math.Min(Minimum, v);
        Maximum = Count == 1 ? v : Math.Max(Maximum, v);
        _bins[Binning.BinOf(v)]++;
        _regions[Binning.RegionOf(v)]++;
    }

    /// <summary>Merges two accumulators of the same issue into a new one; <paramref name="a"/>'s replicates come first.</summary>
    /// <param name="a">The first tally.</param>
    /// <param name="b">The second tally.</param>
    /// <returns>The tally of both.</returns>
    /// <exception cref="ArgumentException">The two use different binnings.</exception>
    public static OutcomeAccumulator Combine(OutcomeAccumulator a, OutcomeAccumulator b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Binning.Bins != b.Binning.Bins || !a.Binning.Scale.Equals(b.Binning.Scale))
        {
            throw new ArgumentException("Accumulators of different binnings cannot be combined.", nameof(b));
        }

        var r = new OutcomeAccumulator(a.Binning)
        {
            Undefined = a.Undefined + b.Undefined,
            Count = a.Count + b.Count,
        };
        if (a.Count == 0 || b.Count == 0)
        {
            var only = a.Count == 0 ? b : a;
            r._mean = only._mean;
            r._m2 = only._m2;
            r.Minimum = only.Minimum;
            r.Maximum = only.Maximum;
        }
        else
        {
            var delta = b._mean - a._mean;
            r._mean = a._mean + (delta * b.Count / r.Count);
            r._m2 = a._m2 + b._m2 + (delta * delta * a.Count * b.Count / r.Count);
            r.Minimum = Math.Min(a.Minimum, b.Minimum);
            r.Maximum = Math.Max(a.Maximum, b.Maximum);
        }

        for (var k = 0; k < r._bins.Length; k++)
        {
            r._bins[k] = a._bins[k] + b._bins[k];
        }

        for (var k = 0; k < r._regions.Length; k++)
        {
            r._regions[k] = a._regions[k] + b._regions[k];
        }

        return r;
    }
}
