using System.Collections.Immutable;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Assessment;

/// <summary>Finds the clusters (modes) of a Monte Carlo outcome distribution from its histogram.</summary>
/// <remarks>
/// <para>[Statecraft] rule: a peak is a histogram bin (or a run of equal bins) higher than both neighbours and holding at
/// least <see cref="MinPeakShare"/> of the runs. Two neighbouring peaks stay apart only when the lowest bin between them
/// is at most <see cref="ValleyRatio"/> times the lower peak; otherwise the lower peak is dropped. Clusters are cut at the
/// centres of the valley bins, and a cluster holding less than <see cref="MinModeShare"/> of the runs is merged into its
/// neighbour. A distribution with one cluster is unimodal.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class OutcomeShape
{
    /// <summary>The smallest bin share that can be a peak.</summary>
    public const double MinPeakShare = 0.05;

    /// <summary>The largest valley-to-lower-peak ratio that keeps two peaks apart.</summary>
    public const double ValleyRatio = 0.5;

    /// <summary>The smallest share of runs a cluster must hold to be named.</summary>
    public const double MinModeShare = 0.1;

    /// <summary>Returns the clusters of a distribution, lowest first.</summary>
    /// <param name="distribution">A Monte Carlo distribution with its histogram and samples.</param>
    /// <returns>One cluster or more; none when no run is defined.</returns>
    public static ImmutableArray<OutcomeMode> Modes(OutcomeDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var bins = distribution.Histogram;
        var sorted = distribution.Samples.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0 || bins.IsDefaultOrEmpty)
        {
            return [];
        }

        var peaks = Peaks(bins);
        var cuts = new List<double>();
        for (var k = 1; k < peaks.Count; k++)
        {
            var valley = Valley(bins, peaks[k - 1], peaks[k]);
            cuts.Add((bins[valley].Lower + bins[valley].Upper) / 2);
        }

        var modes = Clusters(sorted, bins[0].Lower, bins[^1].Upper, cuts);
        return [.. modes];
    }

    private static List<int> Peaks(ImmutableArray<HistogramBin> bins)
    {
        var peaks = new List<int>();
        var i = 0;
        while (i < bins.Length)
        {
            // A plateau of equal bins counts as one candidate, at its first bin.
            var j = i;
            while (j + 1 < bins.Length && bins[j + 1].Share == bins[i].Share)
            {
                j++;
            }

            var left = i == 0 ? -1 : bins[i - 1].Share;
            var right = j == bins.Length - 1 ? -1 : bins[j + 1].Share;
            if (bins[i].Share >= MinPeakShare && bins[i].Share > left && bins[i].Share > right)
            {
                if (peaks.Count > 0 && Valley(bins, peaks[^1], i) is var v && bins[v].Share > ValleyRatio * Math.Min(bins[peaks[^1]].Share, bins[i].Share))
                {
                    // Not separated: keep the higher of the two.
                    if (bins[i].Share > bins[peaks[^1]].Share)
                    {
                        peaks[^1] = i;
                    }
                }
                else
                {
                    peaks.Add(i);
                }
            }

            i = j + 1;
        }

        return peaks;
    }

    private static int Valley(ImmutableArray<HistogramBin> bins, int a, int b)
    {
        var valley = a + 1;
        for (var k = a + 1; k < b; k++)
        {
            if (bins[k].Share < bins[valley].Share)
            {
                valley = k;
            }
        }

        return Math.Min(valley, b);
    }

    private static List<OutcomeMode> Clusters(double[] sorted, double min, double max, List<double> cuts)
    {
        var edges = new List<double> { min };
        edges.AddRange(cuts);
        edges.Add(max);
        var modes = new List<OutcomeMode>();
        for (var k = 0; k + 1 < edges.Count; k++)
        {
            modes.Add(Cluster(sorted, edges[k], edges[k + 1], k + 2 == edges.Count));
        }

        // Merge clusters below the minimum share into the larger neighbour, smallest first.
        while (modes.Count > 1)
        {
            var k = -1;
            for (var m = 0; m < modes.Count; m++)
            {
                if (modes[m].Share < MinModeShare && (k < 0 || modes[m].Share < modes[k].Share))
                {
                    k = m;
                }
            }

            if (k < 0)
            {
                break;
            }

            var other = k == 0 ? 1 : k == modes.Count - 1 ? k - 1 : modes[k - 1].Share >= modes[k + 1].Share ? k - 1 : k + 1;
            var lo = Math.Min(k, other);
            modes[lo] = Cluster(sorted, modes[lo].From, modes[lo + 1].To, lo + 2 == modes.Count);
            modes.RemoveAt(lo + 1);
        }

        return modes;
    }

    private static OutcomeMode Cluster(double[] sorted, double from, double to, bool last)
    {
        var inside = sorted.Where(v => v >= from && (v < to || (last && v <= to))).ToArray();
        var centre = inside.Length == 0 ? (from + to) / 2 : Quantiles.FromSorted(inside, 0.5);
        return new OutcomeMode(from, to, centre, (double)inside.Length / sorted.Length);
    }
}
