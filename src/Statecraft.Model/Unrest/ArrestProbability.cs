using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>The agent's estimated arrest probability P = 1 − exp(−k·f(C/A)) (Epstein 2002, eq. 1; §5.4).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ArrestProbability
{
    /// <summary>Gets k = ln 10, the constant for which P(C = A = 1) = 0.9 exactly.</summary>
    public static double ExactK { get; } = Math.Log(10);

    /// <summary>Gets k = 2.3, the constant every implementation uses; P(C = A = 1) = 1 − e^(−2.3) = 0.8997412.</summary>
    public static double ConventionalK => 2.3;

    /// <summary>Applies the ratio rule f to C/A, computed from the integer counts so that halves are detected exactly.</summary>
    /// <param name="cops">C, the cops in view. Range: ≥ 0.</param>
    /// <param name="actives">A, the actives in view counting the agent itself. Range: ≥ 1.</param>
    /// <param name="rule">The rule f.</param>
    /// <returns>f(C/A) ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static double Ratio(int cops, int actives, ArrestRatioRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cops);
        ArgumentOutOfRangeException.ThrowIfLessThan(actives, 1);
        var quotient = cops / actives;
        var twiceRemainder = 2L * (cops % actives);
        return rule switch
        {
            ArrestRatioRule.Literal => (double)cops / actives,
            ArrestRatioRule.Floor => quotient,
            ArrestRatioRule.RoundHalfUp => twiceRemainder >= actives ? quotient + 1 : quotient,
            ArrestRatioRule.RoundHalfEven => twiceRemainder > actives || (twiceRemainder == actives && (quotient & 1) == 1)
                ? quotient + 1
                : quotient,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown arrest ratio rule."),
        };
    }

    /// <summary>Computes P = 1 − exp(−k·f(C/A)).</summary>
    /// <param name="cops">C, the cops in view. Range: ≥ 0.</param>
    /// <param name="actives">A, the actives in view counting the agent itself. Range: ≥ 1.</param>
    /// <param name="k">k. Range: k ≥ 0.</param>
    /// <param name="rule">The rule f.</param>
    /// <returns>P in [0, 1); exactly 0 when f(C/A) = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or k is out of range.</exception>
    public static double Compute(int cops, int actives, double k, ArrestRatioRule rule)
    {
        if (!(k >= 0) || double.IsInfinity(k))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be finite and ≥ 0.");
        }

        var f = Ratio(cops, actives, rule);
        return f == 0 ? 0.0 : 1.0 - Math.Exp(-k * f);
    }

    /// <summary>Tabulates P for the integer ratios 0 … <paramref name="length"/> − 1 of a rounding rule, or returns null for <see cref="ArrestRatioRule.Literal"/>.</summary>
    /// <remarks>Entry f is computed by the same expression as <see cref="Compute"/>, so a lookup returns the identical double.</remarks>
    internal static double[]? Table(ArrestRatioRule rule, double k, int length)
    {
        if (rule == ArrestRatioRule.Literal)
        {
            return null;
        }

        var table = new double[length];
        for (var f = 1; f < length; f++)
        {
            table[f] = Compute(f, 1, k, ArrestRatioRule.Floor);
        }

        return table;
    }
}
