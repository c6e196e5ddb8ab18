using Statecraft.Model.Randomness;
using Statecraft.Model.Scenarios;
using Statecraft.Model.Spatial;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>Random SMP inputs for property and determinism tests: positions on a 0.1 grid, continuous capabilities and saliences.</summary>
internal static class SmpTestProblems
{
    public static SmpProblem Random(ulong seed, int actors, int dims)
    {
        var rng = new Xoshiro256StarStar(seed);
        var cap = new double[actors];
        var x = new double[actors * dims];
        var s = new double[actors * dims];
        for (var i = 0; i < actors; i++)
        {
            cap[i] = 1 + (99 * rng.NextDouble());
            double total = 0;
            for (var d = 0; d < dims; d++)
            {
                x[(i * dims) + d] = rng.NextInt(1001) / 1000.0;
                s[(i * dims) + d] = 0.05 + rng.NextDouble();
                total += s[(i * dims) + d];
            }

            var share = (0.3 + (0.7 * rng.NextDouble())) / total;
            for (var d = 0; d < dims; d++)
            {
                s[(i * dims) + d] *= share;
            }
        }

        return SmpProblem.Create(dims, cap, x, s);
    }

    public static Scenario ToScenario(SmpProblem p, IssueScale? scale = null)
    {
        var sc = scale ?? IssueScale.Percent;
        var issues = Enumerable.Range(0, p.DimensionCount).Select(d => new Issue($"d{d}", $"dimension {d}", sc));
        var actors = Enumerable.Range(0, p.ActorCount).Select(i => new Actor($"a{i}", $"actor {i}", p.Capabilities[i]));
        var stances = Enumerable.Range(0, p.ActorCount).SelectMany(i => Enumerable.Range(0, p.DimensionCount).Select(d =>
            new Stance($"a{i}", $"d{d}", sc.Min + (p.Positions[(i * p.DimensionCount) + d] * sc.Range), p.Saliences[(i * p.DimensionCount) + d])));
        return new Scenario(new ScenarioMetadata("random"), actors, issues, stances);
    }
}
