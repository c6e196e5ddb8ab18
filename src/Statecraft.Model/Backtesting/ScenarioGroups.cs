using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Backtesting;

/// <summary>Splits a scenario into one scenario per group of linked issues (per DEU proposal).</summary>
/// <remarks>
/// Multi-issue models (the exchange model) must see a proposal's issues together and nothing else. Issues without a
/// group each form their own scenario. Each part keeps the actors with a stance on its issues, the settings, seed
/// and rationales. Stateless and thread-safe.
/// </remarks>
public static class ScenarioGroups
{
    /// <summary>Splits <paramref name="scenario"/> by <see cref="Issue.Group"/>, in order of first appearance.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The parts, each with its group key (the issue id for an ungrouped issue).</returns>
    public static ImmutableArray<(string Key, Scenario Scenario)> Split(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var groups = new List<(string Key, List<Issue> Issues)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var issue in scenario.Issues)
        {
            var key = issue.Group ?? "\u0000" + issue.Id;
            if (!index.TryGetValue(key, out var k))
            {
                index[key] = k = groups.Count;
                groups.Add((issue.Group ?? issue.Id, []));
            }

            groups[k].Issues.Add(issue);
        }

        var byIssue = scenario.Stances.ToLookup(s => s.IssueId, StringComparer.Ordinal);
        var parts = ImmutableArray.CreateBuilder<(string, Scenario)>(groups.Count);
        foreach (var (key, issues) in groups)
        {
            var stances = issues.SelectMany(i => byIssue[i.Id]).ToList();
            var actorIds = stances.Select(s => s.ActorId).ToHashSet(StringComparer.Ordinal);
            var part = new Scenario(scenario.Metadata, scenario.Actors.Where(a => actorIds.Contains(a.Id)), issues, stances)
            {
                ModelSettings = scenario.ModelSettings,
                Seed = scenario.Seed,
                Rationales = scenario.Rationales,
                Uncertainty = scenario.Uncertainty,
            };
            parts.Add((key, part));
        }

        return parts.MoveToImmutable();
    }
}
