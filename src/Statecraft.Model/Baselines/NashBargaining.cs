using Statecraft.Model.Baselines.Options;

namespace Statecraft.Model.Baselines;

/// <summary>The asymmetric Nash bargaining solution on one issue (Nash 1950; Kalai 1977), in Statecraft's precise form (§1.5).</summary>
/// <remarks>
/// <para>y* = argmax over y ∈ F of Σ θ_i ln g_i(y), with θ_i = c_i s_i, g_i(y) = u_i(y) − u_i(d) and
/// F = { y ∈ [L, U] : g_i(y) &gt; 0 for all i }. The quadratic loss is solved by bisection on the strictly decreasing
/// derivative, the linear loss by golden-section search; both stop when the bracket is shorter than 1e-9 of the
/// scale. Without a reference point the solution is the compromise model (the limit of a uniformly bad disagreement).</para>
/// <para>Pure; thread-safe.</para>
/// </remarks>
public static class NashBargaining
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Solves the Nash bargaining problem.</summary>
    /// <param name="positions">Ideal points x_i on [<paramref name="min"/>, <paramref name="max"/>].</param>
    /// <param name="weights">Bargaining weights θ_i = c_i s_i ≥ 0; actors with θ = 0 do not count.</param>
    /// <param name="min">L, the lower end of the scale.</param>
    /// <param name="max">U, the upper end of the scale.</param>
    /// <param name="referencePoint">d, the disagreement point, or <see langword="null"/>.</param>
    /// <param name="loss">The utility loss.</param>
    /// <param name="emptyFeasible">What to return when F is empty.</param>
    /// <returns>The solution, or <see langword="null"/> when nobody has positive weight.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or min ≥ max.</exception>
    public static double? Solve(
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> weights,
        double min,
        double max,
        double? referencePoint,
        NashLoss loss = NashLoss.Quadratic,
        NashEmptyFeasible emptyFeasible = NashEmptyFeasible.ReferencePoint)
    {
        if (positions.Length != weights.Length)
        {
            throw new ArgumentException("Positions and weights differ in length.", nameof(weights));
        }

        if (!(min < max))
        {
            throw new ArgumentException($"Scale [{min}, {max}] is empty.", nameof(max));
        }

        var compromise = WeightedStatistics.WeightedMean(positions, weights);
        if (compromise is null)
        {
            return null;
        }

        if (referencePoint is not { } d)
        {
            return compromise;
        }

        var x = new List<double>(positions.Length);
        var theta = new List<double>(positions.Length);
        for (var i = 0; i < positions.Length; i++)
        {
            if (weights[i] > 0)
            {
                x.Add(positions[i]);
                theta.Add(weights[i]);
            }
        }

        var solved = TrySolve(x, theta, min, max, d, loss);
        if (solved is { } y)
        {
            return y;
        }

        switch (emptyFeasible)
        {
            case NashEmptyFeasible.Compromise:
                return compromise;
            case NashEmptyFeasible.ExcludeHolders:
                for (var i = x.Count - 1; i >= 0; i--)
                {
                    if (x[i] == d)
                    {
                        x.RemoveAt(i);
                        theta.RemoveAt(i);
                    }
                }

                return x.Count == 0 ? d : TrySolve(x, theta, min, max, d, loss) ?? d;
            default:
                return d;
        }
    }

    private static double? TrySolve(List<double> x, List<double> theta, double min, double max, double d, NashLoss loss)
    {
        // F is [L, U] intersected with the open intervals (x_i − r_i, x_i + r_i), r_i = |d − x_i|, for both losses.
        double lo = min, hi = max;
        var loOpen = false;
        var hiOpen = false;
        for (var i = 0; i < x.Count; i++)
        {
            var r = Math.Abs(d - x[i]);
            if (x[i] - r >= lo)
            {
                lo = x[i] - r;
                loOpen = true;
            }

            if (x[i] + r <= hi)
            {
                hi = x[i] + r;
                hiOpen = true;
            }
        }

        if (!(lo < hi))
        {
            return null;
        }

        var tolerance = RelativeTolerance * (max - min);
        return loss == NashLoss.Quadratic
            ? BisectQuadratic(x, theta, d, lo, hi, loOpen, hiOpen, tolerance)
            : GoldenLinear(x, theta, d, lo, hi, tolerance);
    }

    private static double BisectQuadratic(List<double> x, List<double> theta, double d, double lo, double hi, bool loOpen, bool hiOpen, double tolerance)
    {
        // dΦ/dy = Σ θ_i · 2(x_i − y) / g_i(y), strictly decreasing on F.
        double Derivative(double y)
        {
            double s = 0;
            for (var i = 0; i < x.Count; i++)
            {
                var g = ((d - x[i]) * (d - x[i])) - ((y - x[i]) * (y - x[i]));
                s += theta[i] * 2 * (x[i] - y) / g;
            }

            return s;
        }

        if (!hiOpen && Derivative(hi) >= 0)
        {
            return hi;
        }

        if (!loOpen && Derivative(lo) <= 0)
        {
            return lo;
        }

        double a = lo, b = hi;
        while (b - a > tolerance)
        {
            var mid = a + ((b - a) / 2);
            if (mid <= a || mid >= b)
            {
                break;
            }

            if (Derivative(mid) > 0)
            {
                a = mid;
            }
            else
            {
                b = mid;
            }
        }

        return a + ((b - a) / 2);
    }

    private static double GoldenLinear(List<double> x, List<double> theta, double d, double lo, double hi, double tolerance)
    {
        double Objective(double y)
        {
            double s = 0;
            for (var i = 0; i < x.Count; i++)
            {
                var g = Math.Abs(d - x[i]) - Math.Abs(y - x[i]);
                if (g <= 0)
                {
                    return double.NegativeInfinity;
                }

                s += theta[i] * Math.Log(g);
            }

            return s;
        }

        var invPhi = (Math.Sqrt(5) - 1) / 2;
        double a = lo, b = hi;
        var c = b - (invPhi * (b - a));
        var e = a + (invPhi * (b - a));
        double fc = Objective(c), fe = Objective(e);
        while (b - a > tolerance)
        {
            if (fc >= fe)
            {
                b = e;
                e = c;
                fe = fc;
                c = b - (invPhi * (b - a));
                fc = Objective(c);
            }
            else
            {
                a = c;
                c = e;
                fc = fe;
                e = a + (invPhi * (b - a));
                fe = Objective(e);
            }
        }

        return a + ((b - a) / 2);
    }
}
