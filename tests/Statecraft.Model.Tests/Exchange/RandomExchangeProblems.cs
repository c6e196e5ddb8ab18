using System.Collections.Immutable;
using Statecraft.Model.Exchange;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>Random exchange problems for property tests, built from a seed so that FsCheck can report a failing case.</summary>
internal static class RandomExchangeProblems
{
    private static readonly double[] Grid = [0, 25, 50, 75, 100];

    public static ExchangeProblem Create(ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var n = 2 + rng.NextInt(9);
        var d = 2 + rng.NextInt(4);
        var x = new double[n * d];
        var s = new double[n * d];
        var c = new double[n * d];

        // Half the problems use a coarse grid of positions and saliences, which makes exact ties and actors sitting on the outcome common.
        var coarse = rng.NextInt(2) == 0;
        for (var k = 0; k < x.Length; k++)
        {
            var present = rng.NextDouble() < 0.85;
            x[k] = coarse ? Grid[rng.NextInt(Grid.Length)] : 100 * rng.NextDouble();
            s[k] = !present ? 0 : coarse ? (1 + rng.NextInt(10)) / 10.0 : 0.05 + (0.95 * rng.NextDouble());
            c[k] = coarse ? (1 + rng.NextInt(4)) / 4.0 : 0.05 + rng.NextDouble();
        }

        return new ExchangeProblem(n, d, [.. x], [.. s], [.. c]);
    }

    public static IEnumerable<(ExchangeSide Side, ExchangeSide Partner)> Sides(ExchangeResult result) =>
        result.Rounds.SelectMany(r => r.Exchanges).SelectMany(e => new[] { (e.A, e.B), (e.B, e.A) });

    public static ImmutableArray<double> Present(ExchangeProblem problem, ImmutableArray<double> values) =>
        [.. values.Where((_, k) => problem.Saliences[k] > 0)];
}
