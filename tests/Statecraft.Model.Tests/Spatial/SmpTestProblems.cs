using Statecraft.Model.Domain;
using Statecraft.Model.Spatial;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>Random SMP inputs for property and determinism tests (<see cref="SyntheticSmpProblems"/>) and their scenario form.</summary>
internal static class SmpTestProblems
{
    public static SmpProblem Random(ulong seed, int actors, int dims) => SyntheticSmpProblems.Create(seed, actors, dims);

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
