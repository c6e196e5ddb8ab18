using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.ExpectedUtility;

/// <content>The median and mean of a position vector, without allocating.</content>
public sealed partial class ExpectedUtilityWorkspace
{
    /// <summary>The median μ (Condorcet winner) of the positions with weights w and every vote exponent 1 (§1.4, §2.3 step 2).</summary>
    /// <param name="positions">x_k.</param>
    /// <param name="weights">w_k = c_k·s_k.</param>
    /// <param name="range">R; votes are divided by it, as in Scholz's code (no sign changes but rounding).</param>
    /// <param name="rule">The vote scan of Bueno de Mesquita, or the lower weighted median from cumulative weights.</param>
    /// <returns>The median, one of the positions.</returns>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    /// <remarks>The scan is O(m·n) for m distinct positions; the cumulative form O(n log n). Uses the workspace's sort buffers.</remarks>
    public double Median(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, double range, MedianRule rule)
    {
        RequireLength(positions.Length, nameof(positions));
        RequireLength(weights.Length, nameof(weights));
        var n = _n;
        var keys = _keys.AsSpan(0, n);
        positions.CopyTo(keys);
        if (rule == MedianRule.CumulativeWeight)
        {
            var w = _linear.AsSpan(0, n);
            weights.CopyTo(w);
            keys.Sort(w);
            double total = 0;
            foreach (var wk in w)
            {
                total += wk;
            }

            double cumulative = 0;
            for (var t = 0; t < n; t++)
            {
                cumulative += w[t];
                if ((t + 1 == n || keys[t + 1] != keys[t]) && cumulative >= total / 2)
                {
                    return keys[t];
                }
            }

            return keys[n - 1];
        }

        keys.Sort();
        var incumbent = keys[0];
        for (var t = 1; t < n; t++)
        {
            var p = keys[t];
            if (p == keys[t - 1])
            {
                continue;
            }

            double vote = 0;
            for (var k = 0; k < n; k++)
            {
                vote += weights[k] * ((Math.Abs(positions[k] - incumbent) / range) - (Math.Abs(positions[k] - p) / range));
            }

            if (vote > 0)
            {
                incumbent = p;
            }
        }

        return incumbent;
    }

    /// <summary>The weighted mean x̄ = Σ w x / Σ w (§1.3).</summary>
    /// <param name="positions">x_k.</param>
    /// <param name="weights">w_k.</param>
    /// <returns>The mean; NaN when Σ w = 0.</returns>
    public static double Mean(ReadOnlySpan<double> positions, ReadOnlySpan<double> weights)
    {
        double sw = 0, swx = 0;
        for (var k = 0; k < positions.Length; k++)
        {
            sw += weights[k];
            swx += weights[k] * positions[k];
        }

        return sw > 0 ? swx / sw : double.NaN;
    }
}
