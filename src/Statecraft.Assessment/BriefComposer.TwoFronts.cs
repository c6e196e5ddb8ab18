using System.Collections.Immutable;
using Statecraft.Model.TwoFronts;

namespace Statecraft.Assessment;

/// <summary>The two-front story: legitimacy, outbursts, settlements and exhaustion, the regime's capability and salience.</summary>
public static partial class BriefComposer
{
    private static ImmutableArray<BriefSentence> TwoFronts(AssessmentResults results)
    {
        if (results.TwoFronts is not { } r || r.RegimeId is null || r.Rounds.Length < 2)
        {
            return [];
        }

        var scenario = results.Scenario;
        var regime = scenario.FindActor(r.RegimeId)?.Name ?? r.RegimeId;
        var lead = Words.ModelTitle(r.Model);
        var played = r.Rounds.Length - 1;
        var list = ImmutableArray.CreateBuilder<BriefSentence>();

        var legit = r.Rounds.Where(x => x.Legitimacy is not null).Select(x => x.Legitimacy!.Value).ToList();
        if (legit.Count > 0)
        {
            list.Add(S("legitimacy",
                $"Over {played} rounds of the {lead} model coupled with the home front, the legitimacy of {regime} goes from {Words.Fixed(legit[0], 2)} to {Words.Fixed(legit[^1], 2)} (lowest {Words.Fixed(legit.Min(), 2)}).",
                ("rounds", played), ("legitimacy.start", legit[0]), ("legitimacy.end", legit[^1]), ("legitimacy.min", legit.Min())));
        }

        var ticks = r.Ticks;
        var population = ticks.IsDefaultOrEmpty ? 0 : ticks[0].Agents;
        var starts = r.Events.Where(e => e.Kind == "outburst-start").ToList();
        if (starts.Count > 0 && population > 0)
        {
            var peaks = starts.Select(s =>
            {
                var end = r.Events.FirstOrDefault(e => e.Kind == "outburst-end" && e.Tick > s.Tick)?.Tick ?? int.MaxValue;
                var peak = ticks.Where(t => t.Tick >= s.Tick && t.Tick < end).Select(t => t.Active).DefaultIfEmpty(0).Max();
                return (s.Round, Peak: peak);
            }).ToList();
            var largest = peaks.OrderByDescending(p => p.Peak).ThenBy(p => p.Round).First();
            list.Add(S("outbursts",
                $"The home front sees {starts.Count} outburst{(starts.Count == 1 ? string.Empty : "s")} of unrest; the largest, in round {largest.Round}, peaks at {Words.Count(largest.Peak)} active agents ({Words.Percent((double)largest.Peak / population)} of the population).",
                ("outbursts", starts.Count), ("peak", largest.Peak), ("round", largest.Round), ("population", population)));
        }
        else if (population > 0)
        {
            var most = ticks.Max(t => t.Active);
            list.Add(S("outbursts", $"The home front sees no outburst of unrest: at most {Words.Count(most)} agents are active at once.", ("outbursts", 0), ("peak", most)));
        }

        foreach (var e in r.Events.Where(e => e.Kind is "ceasefire" or "regime-capability-exhausted" or "survival-salience-saturated"))
        {
            var issue = e.Subject is null ? null : scenario.FindIssue(e.Subject);
            var text = e.Kind switch
            {
                "ceasefire" => $"The armed conflict on '{issue?.Name ?? e.Subject}' settles in round {e.Round}.",
                "regime-capability-exhausted" => $"The capability of {regime} is exhausted in round {e.Round}.",
                _ => $"The salience of {regime} on '{issue?.Name ?? e.Subject}' reaches 1 in round {e.Round}.",
            };
            list.Add(S("event", text, ("round", e.Round)));
        }

        var caps = r.Rounds.Where(x => x.RegimeCapability is not null).Select(x => (x.Round, Value: x.RegimeCapability!.Value)).ToList();
        if (caps.Count > 0)
        {
            var low = caps.OrderBy(c => c.Value).ThenBy(c => c.Round).First();
            list.Add(S("capability",
                $"The capability of {regime} abroad goes from {Words.Fixed(caps[0].Value, 1)} to {Words.Fixed(caps[^1].Value, 1)} (lowest {Words.Fixed(low.Value, 1)}, in round {low.Round}).",
                ("capability.start", caps[0].Value), ("capability.end", caps[^1].Value), ("capability.min", low.Value), ("capability.min-round", low.Round)));
        }

        foreach (var issue in scenario.Issues)
        {
            var sal = r.Rounds.Select(x => x.Issues.FirstOrDefault(i => i.IssueId == issue.Id)?.RegimeSalience).Where(s => s is not null).Select(s => s!.Value).ToList();
            if (sal.Count > 0 && issue.HasFlag("survival"))
            {
                list.Add(S("salience", $"Its salience on '{issue.Name}' goes from {Words.Fixed(sal[0], 2)} to {Words.Fixed(sal[^1], 2)}.", ("salience.start", sal[0]), ("salience.end", sal[^1])));
            }
        }

        Coupled(list, results, r, lead);
        return list.ToImmutable();
    }

    private static void Coupled(ImmutableArray<BriefSentence>.Builder list, AssessmentResults results, TwoFrontResult r, string lead)
    {
        var alone = results.Models.FirstOrDefault(m => m.Model == r.Model)?.Forecast;
        var moved = new List<string>();
        var values = new List<(string, double)>();
        foreach (var issue in results.Scenario.Issues)
        {
            if (ValueOf(r.LastForecast, issue.Id) is { } coupled && ValueOf(alone, issue.Id) is { } single && Math.Abs(coupled - single) >= MinMoveShare * issue.Scale.Range)
            {
                moved.Add($"'{issue.Name}' ends at {Words.Number(coupled, issue.Scale)} instead of {Words.Number(single, issue.Scale)}");
                values.Add(("coupled." + issue.Id, coupled));
                values.Add(("alone." + issue.Id, single));
            }
        }

        list.Add(moved.Count > 0
            ? S("coupled", $"Coupled with the home front, {Words.JoinList(moved)} for the {lead} model alone.", [.. values])
            : S("coupled", $"The coupling leaves every issue's forecast within 1% of the scale of the {lead} model alone.", ("moved", 0)));
    }
}
