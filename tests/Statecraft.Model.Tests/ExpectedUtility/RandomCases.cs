using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>Random actor tables and option sets for the property tests, from a seed (x ~ U(0,100), c ~ U(0.05,1.05), s ~ U(0.1,1.0), as synthetic_n*.csv).</summary>
internal static class RandomCases
{
    public static BdmActors Actors(int seed, int minCount, int maxCount, bool grid)
    {
        var rng = new Xoshiro256StarStar(unchecked((ulong)(uint)seed));
        var n = minCount + rng.NextInt(maxCount - minCount + 1);
        var ids = Enumerable.Range(0, n).Select(k => $"A{k:D3}").ToArray();
        var x = new double[n];
        var c = new double[n];
        var s = new double[n];
        for (var k = 0; k < n; k++)
        {
            // Grid positions (0, 10, …, 100) create the ties of real data; continuous ones avoid exact ties.
            x[k] = grid ? 10 * rng.NextInt(11) : 100 * rng.NextDouble();
            c[k] = 0.05 + rng.NextDouble();
            s[k] = 0.1 + (0.9 * rng.NextDouble());
        }

        return new BdmActors(ids, c, x, s);
    }

    public static ExpectedUtilityOptions Options(int seed)
    {
        var rng = new Xoshiro256StarStar(unchecked((ulong)(uint)seed + 977));
        T Pick<T>()
            where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            return values[rng.NextInt(values.Length)];
        }

        return ExpectedUtilityOptions.ScholzCode with
        {
            ProbabilityNormaliser = Pick<ProbabilityNormaliser>(),
            VoteExponent = Pick<VoteExponent>(),
            Perspective = Pick<Perspective>(),
            CompromiseSelection = Pick<CompromiseSelection>(),
            Capitulation = Pick<CapitulationRule>(),
            ConflictResolution = rng.NextInt(2) == 0 ? ConflictResolution.DeterministicMove : ConflictResolution.NoMove,
            Q = rng.NextInt(2) == 0 ? 1 : 0.5,
            QTerm = Pick<QTerm>(),
            TRule = Pick<TRule>(),
            MedianRule = Pick<MedianRule>(),
            RangeMode = Pick<RangeMode>(),
            MoveOrigin = Pick<MoveOrigin>(),
        };
    }

    public static int[] Permutation(int seed, int n)
    {
        var rng = new Xoshiro256StarStar(unchecked((ulong)(uint)seed + 31));
        var p = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }

        return p;
    }
}
