using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Assessment;

/// <summary>The "if …, then …" sentences of one issue: the inputs with the largest swing and the shocks that move it most.</summary>
public static partial class BriefComposer
{
    private static void WhatIfs(List<BriefSentence> list, AssessmentResults results, Issue issue, int index)
    {
        var scenario = results.Scenario;
        var scale = issue.Scale;
        var lead = Words.ModelTitle(results.Sensitivity.Model);
        string N(double v) => Words.Number(v, scale);
        var effects = results.Sensitivity.Issues[index];
        if (effects.Baseline is not { } baseline)
        {
            return;
        }

        var minMove = MinMoveShare * scale.Range;
        foreach (var e in effects.Effects.Where(e => e.Swing is { } s && s >= minMove).Take(results.Options.WhatIfsPerIssue))
        {
            // Lead with the end of the step that moves the forecast further.
            var lowFirst = Math.Abs(e.LowForecast!.Value - baseline) > Math.Abs(e.HighForecast!.Value - baseline);
            var (value, forecast, other, otherForecast) = lowFirst
                ? (e.LowValue, e.LowForecast.Value, e.HighValue, e.HighForecast.Value)
                : (e.HighValue, e.HighForecast.Value, e.LowValue, e.LowForecast.Value);
            var actor = scenario.FindActor(e.Input.ActorId)!;
            var (what, current, digits, inputScale) = e.Input.Kind switch
            {
                InputKind.Position => ("position", Stance(scenario, e.Input).Position, -1, scenario.FindIssue(e.Input.IssueId!)!.Scale),
                InputKind.Salience => ("salience", Stance(scenario, e.Input).Salience, 2, scale),
                _ => ("capability", actor.Capability, 3, scale),
            };
            string V(double v) => digits < 0 ? Words.Number(v, inputScale) : digits == 3 ? Words.Significant(v) : Words.Fixed(v, digits);
            var on = e.Input.IssueId is null || e.Input.IssueId == issue.Id ? string.Empty : $" on '{scenario.FindIssue(e.Input.IssueId)!.Name}'";
            list.Add(S("if-input",
                $"If {Words.Possessive(actor.Name)} {what}{on} were {V(value)} instead of {V(current)}, then the {lead} forecast would be {N(forecast)} instead of {N(baseline)}; at {V(other)}, it would be {N(otherForecast)}.",
                ("input", current), ("input.changed", value), ("forecast", baseline), ("forecast.changed", forecast), ("input.other", other), ("forecast.other", otherForecast)));
        }

        var moving = results.Shocks
            .Select((s, k) => (s, k, Change: s.Result.Changes[index]))
            .Where(t => t.Change.Delta is { } d && Math.Abs(d) >= minMove)
            .OrderByDescending(t => Math.Abs(t.Change.Delta!.Value))
            .ThenBy(t => t.k)
            .Take(results.Options.WhatIfsPerIssue)
            .ToList();
        foreach (var (shock, _, change) in moving)
        {
            var actor = scenario.FindActor(shock.ActorId)!;
            var condition = shock.Kind == "drop"
                ? $"If {actor.Name} left the negotiation"
                : $"If {Words.Possessive(actor.Name)} salience{(shock.IssueId == issue.Id ? string.Empty : $" on '{scenario.FindIssue(shock.IssueId!)!.Name}'")} were {Words.Fixed(shock.To!.Value, 2)} instead of {Words.Fixed(shock.From!.Value, 2)}";
            var values = new List<(string, double)> { ("forecast", change.Before!.Value), ("forecast.changed", change.After!.Value) };
            if (shock.Kind != "drop")
            {
                values.Insert(0, ("salience.changed", shock.To!.Value));
                values.Insert(0, ("salience", shock.From!.Value));
            }

            list.Add(S("if-shock", $"{condition}, then the {lead} forecast would be {N(change.After.Value)} instead of {N(change.Before.Value)}.", [.. values]));
        }

        if (moving.Count == 0 && results.Shocks.Length > 0)
        {
            list.Add(S("if-shock",
                $"None of the {results.Shocks.Length} tested shocks ({ShockList(results)}) moves the {lead} forecast by {N(minMove)} or more.",
                ("shocks", results.Shocks.Length), ("min-move", minMove)));
        }
    }

    private static Stance Stance(Scenario scenario, ScenarioInput input)
    {
        scenario.TryGetStance(input.ActorId, input.IssueId!, out var stance);
        return stance;
    }

    private static string ShockList(AssessmentResults results)
    {
        var drops = results.Shocks.Where(s => s.Kind == "drop").Select(s => results.Scenario.FindActor(s.ActorId)!.Name).ToList();
        var shifts = results.Shocks.Count(s => s.Kind == "salience");
        var parts = new List<string>();
        if (drops.Count > 0)
        {
            parts.Add("dropping " + Words.JoinList(drops));
        }

        if (shifts > 0)
        {
            parts.Add($"shifting {shifts} salience{(shifts == 1 ? string.Empty : "s")}");
        }

        return string.Join("; ", parts);
    }
}
