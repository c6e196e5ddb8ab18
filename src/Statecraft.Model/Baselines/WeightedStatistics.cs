namespace Statecraft.Model.Baselines;

/// <summary>Weighted means and medians of positions on one issue (§1.3, §1.4, §1.6).</summary>
/// <remarks>Pure functions; thread-safe. Inputs are parallel spans: index k is one actor.</remarks>
public static class WeightedStatistics
{
    /// <summary>The weighted mean Σ w x / Σ w: with w = c·s, the compromise model (§1.3).</summary>
    /// <param name="positions">x_k.</param>
    /// <param name="weights">w_k ≥ 0.</param>
    /// <returns>The mean, or <see langword="null"/> when Σ w = 0 (no forecast; never 0 by default).</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double? WeightedMean(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        RequireSameLength(positions, weights);
        double sw = 0, swx = 0;
        for (var k = 0; k < positions.Length; k++)
        {
            sw += weights[k];
            swx += weights[k] * positions[k];
        }

        return sw > 0 ? swx / sw : null;
    }

    /// <summary>The plain mean of the positions.</summary>
    /// <param name="positions">x_k.</param>
    /// <returns>The mean, or <see langword="null"/> when there are no positions.</returns>
    public static double? Mean(ReadOnlySpan<double> positions)
    {
        if (positions.IsEmpty)
        {
            return null;
        }

        double s = 0;
        foreach (var x in positions)
        {
            s += x;
        }

        return s / positions.Length;
    }

    /// <summary>The unweighted median, with the mean of the two middle values for an even count (the DEU baseline, §1.6).</summary>
    /// <param name="positions">x_k.</param>
    /// <returns>The median, or <see langword="null"/> when there are no positions.</returns>
    public static double? Median(ReadOnlySpan<double> positions)
    {
        if (positions.IsEmpty)
        {
            return null;
        }

        var sorted = positions.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>The lower weighted median: the smallest position p with W(≤ p) ≥ W/2 (§1.4, sorted-cumulative form).</summary>
    /// <param name="positions">x_k.</param>
    /// <param name="weights">w_k ≥ 0.</param>
    /// <returns>The Condorcet winner among the positions, or <see langword="null"/> when Σ w = 0.</returns>
    /// <remarks>O(n log n). Equals <see cref="VoteScanMedian"/> except where W(≤ p) equals W/2 up to rounding.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double? LowerWeightedMedian(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        RequireSameLength(positions, weights);
        var n = positions.Length;
        var order = new int[n];
        var keys = positions.ToArray();
        for (var k = 0; k < n; k++)
        {
            order[k] = k;
        }

        Array.Sort(keys, order);
        OrderTiesByWeight(keys, order, weights);

        // Both sums run in the sorted order, so that actors listed in another order give the same sums to the last bit
        // and the same median even where W(≤ p) is W/2 up to rounding.
        double total = 0;
        foreach (var k in order)
        {
            total += weights[k];
        }

        if (!(total > 0))
        {
            return null;
        }

        double cumulative = 0;
        for (var r = 0; r < n; r++)
        {
            cumulative += weights[order[r]];

            // Ties: W(≤ p) counts every actor at p, so only test at the last of equal positions.
            if (r + 1 < n && keys[r + 1] == keys[r])
            {
                continue;
            }

            if (cumulative >= total / 2)
            {
                return keys[r];
            }
        }

        return keys[n - 1];
    }

    /// <summary>The Condorcet winner by BDM's vote scan: ascending distinct positions, the incumbent replaced only on a strictly positive vote (§1.4).</summary>
    /// <param name="positions">x_k.</param>
    /// <param name="weights">w_k ≥ 0.</param>
    /// <returns>The winner, or <see langword="null"/> when there are no positions.</returns>
    /// <remarks>O(n²). Use it to reproduce BDM reference outputs bit for bit.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double? VoteScanMedian(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        RequireSameLength(positions, weights);
        if (positions.IsEmpty)
        {
            return null;
        }

        var distinct = positions.ToArray();
        Array.Sort(distinct);
        var incumbent = distinct[0];
        for (var r = 1; r < distinct.Length; r++)
        {
            var p = distinct[r];
            if (p == incumbent)
            {
                continue;
            }

            double vote = 0;
            for (var k = 0; k < positions.Length; k++)
            {
                vote += weights[k] * (Math.Abs(positions[k] - incumbent) - Math.Abs(positions[k] - p));
            }

            if (vote > 0)
            {
                incumbent = p;
            }
        }

        return incumbent;
    }

    private static void RequireSameLength(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Positions ({a.Length}) and weights ({b.Length}) differ in length.", nameof(b));
        }
    }

    // Array.Sort is not stable: actors at one position come out in no fixed order. Ordering each such run by weight
    // makes the sorted sequence of (position, weight) pairs depend only on the pairs, not on the order of the actors.
    private static void OrderTiesByWeight(double[] keys, int[] order, ReadOnlySpan<double> weights)
    {
        for (var r = 1; r < keys.Length; r++)
        {
            if (keys[r] != keys[r - 1])
            {
                continue;
            }

            var k = order[r];
            var j = r - 1;
            while (j >= 0 && keys[j] == keys[r] && weights[order[j]] > weights[k])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = k;
        }
    }
}
