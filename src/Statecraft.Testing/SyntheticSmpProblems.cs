using Statecraft.Model.Randomness;
using Statecraft.Model.Spatial;

namespace Statecraft.Testing;

/// <summary>Builds random but reproducible inputs of the spatial model (KTAB SMP), for property tests and benchmarks.</summary>
/// <remarks>
/// Capabilities c ~ U(1, 100); positions on a 0.001 grid of [0, 1]; raw saliences 0.05 + U(0, 1) per dimension,
/// scaled so that each actor's total is U(0.3, 1). All draws come from one xoshiro256** stream, actor by actor.
/// Stateless and thread-safe.
/// </remarks>
public static class SyntheticSmpProblems
{
    /// <summary>Creates a problem with <paramref name="actors"/> actors on <paramref name="dimensions"/> dimensions.</summary>
    /// <param name="seed">The seed of the generator.</param>
    /// <param name="actors">The number of actors. Range: ≥ 1.</param>
    /// <param name="dimensions">The number of dimensions. Range: ≥ 1.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public static SmpProblem Create(ulong seed, int actors, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var rng = new Xoshiro256StarStar(seed);
        var cap = new double[actors];
        var x = new double[actors * dimensions];
        var s = new double[actors * dimensions];
        for (var i = 0; i < actors; i++)
        {
            cap[i] = 1 + (99 * rng.NextDouble());
            double total = 0;
            for (var d = 0; d < dimensions; d++)
            {
                x[(i * dimensions) + d] = rng.NextInt(1001) / 1000.0;
                s[(i * dimensions) + d] = 0.05 + rng.NextDouble();
                total += s[(i * dimensions) + d];
            }

            var share = (0.3 + (0.7 * rng.NextDouble())) / total;
            for (var d = 0; d < dimensions; d++)
            {
                s[(i * dimensions) + d] *= share;
            }
        }

        return SmpProblem.Create(dimensions, cap, x, s);
    }
}
