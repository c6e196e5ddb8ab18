using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>Draws jail terms under each <see cref="JailTermRule"/> (§5.6).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class JailTermDistribution
{
    /// <summary>Gets the term that stands for "never released".</summary>
    public static int InfiniteTerm => -1;

    /// <summary>Draws one term.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="maxTerm">J_max. Range: ≥ 1.</param>
    /// <param name="rng">The random source (not used under <see cref="JailTermRule.Infinite"/>).</param>
    /// <returns>The term in ticks, or <see cref="InfiniteTerm"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTerm"/> &lt; 1 or unknown rule.</exception>
    public static int Draw(JailTermRule rule, int maxTerm, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return Draw(rule, maxTerm, ref rng);
    }

    /// <summary>Draws one term from a source the caller holds by value or reference, without boxing.</summary>
    internal static int Draw<TRandom>(JailTermRule rule, int maxTerm, ref TRandom rng)
        where TRandom : IRandomSource
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTerm, 1);
        return rule switch
        {
            JailTermRule.OneToJ => 1 + rng.NextInt(maxTerm),
            JailTermRule.ZeroToJMinus1 => rng.NextInt(maxTerm),
            JailTermRule.ZeroToJ => rng.NextInt(maxTerm + 1),
            JailTermRule.Infinite => InfiniteTerm,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown jail term rule."),
        };
    }

    /// <summary>Returns the smallest and largest term the rule can draw.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="maxTerm">J_max. Range: ≥ 1.</param>
    /// <returns>(min, max); (−1, −1) under <see cref="JailTermRule.Infinite"/>.</returns>
    public static (int Min, int Max) Range(JailTermRule rule, int maxTerm) => rule switch
    {
        JailTermRule.OneToJ => (1, maxTerm),
        JailTermRule.ZeroToJMinus1 => (0, maxTerm - 1),
        JailTermRule.ZeroToJ => (0, maxTerm),
        _ => (InfiniteTerm, InfiniteTerm),
    };
}
