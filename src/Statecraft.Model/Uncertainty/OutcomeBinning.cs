using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty;

/// <summary>How the outcomes on one issue are counted: equal-width histogram bins over the scale, and the labelled regions of the scale.</summary>
/// <remarks>
/// <para>Histogram: <see cref="Bins"/> bins of width (U − L)/B; bin b is [L + b·w, L + (b + 1)·w), the last bin also holds U.
/// A value off the scale (no shipped model produces one) is counted in the end bin nearest to it.</para>
/// <para>Regions: the scale is cut at every label value strictly inside (L, U); when there is none, at the midpoint
/// (L + U)/2. Region r is [b_r, b_{r+1}), the last one also holds U, so an outcome exactly on a cut counts in the region
/// above it. A region carries the labels that sit exactly on its ends, if any.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record OutcomeBinning
{
    private readonly double[] _cuts;

    private OutcomeBinning(IssueScale scale, int bins, double[] cuts, ImmutableArray<RegionBounds> regions)
    {
        Scale = scale;
        Bins = bins;
        _cuts = cuts;
        Regions = regions;
    }

    /// <summary>Gets the issue's scale.</summary>
    public IssueScale Scale { get; }

    /// <summary>Gets the number of histogram bins. Range: [1, 10 000].</summary>
    public int Bins { get; }

    /// <summary>Gets the regions of the scale, from the lowest up.</summary>
    public ImmutableArray<RegionBounds> Regions { get; }

    /// <summary>Creates the binning of a scale.</summary>
    /// <param name="scale">The issue's scale.</param>
    /// <param name="bins">The number of histogram bins. Range: [1, 10 000].</param>
    /// <returns>The binning.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is out of range.</exception>
    public static OutcomeBinning Create(IssueScale scale, int bins)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bins, 10_000);
        var cuts = scale.Labels.Select(l => l.Value).Where(v => v > scale.Min && v < scale.Max).Distinct().Order().ToArray();
        if (cuts.Length == 0)
        {
            cuts = [(scale.Min + scale.Max) / 2];
        }

        var edges = new double[cuts.Length + 2];
        edges[0] = scale.Min;
        cuts.CopyTo(edges, 1);
        edges[^1] = scale.Max;
        var regions = ImmutableArray.CreateBuilder<RegionBounds>(edges.Length - 1);
        for (var r = 0; r + 1 < edges.Length; r++)
        {
            regions.Add(new RegionBounds(edges[r], edges[r + 1], LabelAt(scale, edges[r]), LabelAt(scale, edges[r + 1])));
        }

        return new OutcomeBinning(scale, bins, cuts, regions.MoveToImmutable());
    }

    /// <summary>Returns the histogram bin of a value.</summary>
    /// <param name="value">A finite outcome.</param>
    /// <returns>The bin index in [0, <see cref="Bins"/>).</returns>
    public int BinOf(double value)
    {
        var b = Math.Floor((value - Scale.Min) / Scale.Range * Bins);
        return b <= 0 ? 0 : b >= Bins ? Bins - 1 : (int)b;
    }

    /// <summary>Returns the lower edge of a histogram bin.</summary>
    /// <param name="bin">The bin index; <see cref="Bins"/> gives the upper end of the scale.</param>
    /// <returns>L + bin·(U − L)/B.</returns>
    public double BinEdge(int bin) => bin >= Bins ? Scale.Max : Scale.Min + (Scale.Range * bin / Bins);

    /// <summary>Returns the region of a value.</summary>
    /// <param name="value">A finite outcome.</param>
    /// <returns>The region index in [0, <see cref="Regions"/>.Length).</returns>
    public int RegionOf(double value)
    {
        var r = 0;
        while (r < _cuts.Length && value >= _cuts[r])
        {
            r++;
        }

        return r;
    }

    private static string? LabelAt(IssueScale scale, double value)
    {
        foreach (var l in scale.Labels)
        {
            if (l.Value == value)
            {
                return l.Label;
            }
        }

        return null;
    }
}
