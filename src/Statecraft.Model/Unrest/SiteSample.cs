using Statecraft.Model.Randomness;

namespace Statecraft.Model.Unrest;

/// <summary>Draws distinct lattice sites uniformly at random, for placing actors at tick 0.</summary>
internal static class SiteSample
{
    /// <summary>Returns the sites 0 … <paramref name="sites"/> − 1 with a uniform random choice of <paramref name="count"/> distinct ones in its first entries.</summary>
    /// <remarks>A partial Fisher–Yates shuffle: one draw <c>NextInt(sites − k)</c> for k = 0 … count − 1, in that order.</remarks>
    /// <param name="sites">The number of sites.</param>
    /// <param name="count">How many distinct sites to draw. Range: [0, <paramref name="sites"/>].</param>
    /// <param name="rng">The random source.</param>
    /// <returns>A permutation of the sites whose first <paramref name="count"/> entries are the sample, in draw order.</returns>
    public static int[] Distinct(int sites, int count, IRandomSource rng)
    {
        var all = new int[sites];
        for (var s = 0; s < sites; s++)
        {
            all[s] = s;
        }

        for (var k = 0; k < count; k++)
        {
            var j = k + rng.NextInt(sites - k);
            (all[k], all[j]) = (all[j], all[k]);
        }

        return all;
    }
}
