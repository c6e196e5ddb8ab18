using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;

namespace Statecraft.Testing;

/// <summary>Builds random but reproducible scenarios of any size, for property tests and benchmarks.</summary>
/// <remarks>
/// Every actor takes a stance on every issue: position x ~ U(0, 100), salience s ~ U(0.1, 1.0), capability
/// c ~ U(0.05, 1.05) (the generator of the <c>synthetic_n*.csv</c> benchmark inputs). Issues are 0–100 scales; every
/// second issue carries the labels 0, 50 and 100. Stateless and thread-safe.
/// </remarks>
public static class SyntheticScenarios
{
    /// <summary>Creates a scenario with <paramref name="actors"/> actors and <paramref name="issues"/> issues.</summary>
    /// <param name="actors">The number of actors. Range: ≥ 1.</param>
    /// <param name="issues">The number of issues. Range: ≥ 1.</param>
    /// <param name="seed">The seed of the generator.</param>
    /// <returns>The scenario; actor ids are <c>a0</c>, <c>a1</c>, …, issue ids <c>i0</c>, <c>i1</c>, ….</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public static Scenario Create(int actors, int issues, ulong seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(issues, 1);
        var rng = new Xoshiro256StarStar(seed);
        var actorList = Enumerable.Range(0, actors)
            .Select(k => new Actor($"a{k}", $"Actor {k}", 0.05 + rng.NextDouble()))
            .ToArray();
        var issueList = Enumerable.Range(0, issues)
            .Select(d => new Issue($"i{d}", $"Issue {d}", d % 2 == 1
                ? new IssueScale(0, 100, [new ScaleLabel(0, "none"), new ScaleLabel(50, "half"), new ScaleLabel(100, "all")])
                : IssueScale.Percent))
            .ToArray();
        var stances = new List<Stance>(actors * issues);
        foreach (var a in actorList)
        {
            foreach (var i in issueList)
            {
                stances.Add(new Stance(a.Id, i.Id, 100 * rng.NextDouble(), 0.1 + (0.9 * rng.NextDouble())));
            }
        }

        return new Scenario(new ScenarioMetadata($"Synthetic {actors}×{issues} (seed {seed})"), actorList, issueList, stances);
    }
}
