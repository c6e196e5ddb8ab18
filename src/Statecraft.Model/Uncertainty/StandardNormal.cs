using Statecraft.Model.Randomness;

namespace Statecraft.Model.Uncertainty;

/// <summary>Standard normal variates from a uniform source by the Box–Muller transform.</summary>
/// <remarks>
/// Box &amp; Muller (1958), "A note on the generation of random normal deviates", Ann. Math. Stat. 29(2): 610–611.
/// Each variate consumes exactly two uniforms (the sine twin is discarded), so the k-th input of a replicate always
/// uses draws 2k and 2k + 1 whatever the noise levels: changing one σ does not shift any other input's noise.
/// Stateless and thread-safe.
/// </remarks>
internal static class StandardNormal
{
    /// <summary>Draws one standard normal variate.</summary>
    /// <param name="random">The uniform source.</param>
    /// <returns>Z ~ N(0, 1).</returns>
    public static double Next(IRandomSource random)
    {
        // 1 − U lies in (0, 1], so the logarithm is finite.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
