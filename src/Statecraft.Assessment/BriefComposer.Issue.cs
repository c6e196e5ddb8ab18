using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Assessment;

/// <summary>The sentences of one issue: headline, doubt, models, pulls and what-ifs.</summary>
public static partial class BriefComposer
{
    /// <summary>The width around the median, as a share of the scale, within which runs count as "near" it.</summary>
    internal const double NearShare = 0.05;

    /// <summary>The smallest move, as a share of the scale, that a shock must cause to be reported.</summary>
    internal const double MinMoveShare = 0.01;

    private static IssueBrief Issue(AssessmentResults results, Issue issue, int index)
    {
        var list = new List<BriefSentence>();
        var distribution = results.MonteCarlo.Issues[index];
        Doubt(list, results, issue, distribution);
        Models(list, results, issue);
        Pulls(list, results, issue);
        WhatIfs(list, results, issue, index);
        return new IssueBrief(issue.Id, issue.Name, [.. list]);
    }

    private static void Doubt(List<BriefSentence> list, AssessmentResults results, Issue issue, OutcomeDistribution distribution)
    {
        var scale = issue.Scale;
        var lead = Words.ModelTitle(results.MonteCarlo.Model);
        string N(double v) => Words.Number(v, scale);
        if (distribution.P50 is not { } p50 || distribution.P10 is not { } p10 || distribution.P90 is not { } p90)
        {
            list.Add(S("headline", $"The {lead} model gave no forecast on this issue in any of the {Words.Count(results.MonteCarlo.Runs)} runs.", ("defined", distribution.Defined)));
            return;
        }

        var runs = Words.Count(distribution.Defined);
        var modes = OutcomeShape.Modes(distribution);
        if (modes.Length <= 1)
        {
            var text = $"Most likely outcome: {N(p50)}" + Nearest(scale, p50) + $"; the median of {runs} runs of the {lead} model over {DoubtPhrase(results)}.";
            list.Add(Labelled("headline", text, scale, p50, ("median", p50)));
        }
        else
        {
            var top = modes.Select((m, k) => (m, k)).OrderByDescending(t => t.m.Share).ThenBy(t => t.k).First().m;
            var text = $"No single likely outcome: the {runs} runs of the {lead} model split into {modes.Length} clusters. " +
                $"The largest, with {Words.Percent(top.Share)} of runs, centres on {N(top.Centre)}" + Nearest(scale, top.Centre) + ".";
            list.Add(Labelled("headline", text, scale, top.Centre, ("clusters", modes.Length), ("share", top.Share), ("centre", top.Centre)));
        }

        var interval = $"In 80% of runs it ends between {N(p10)}" + Nearest(scale, p10) + $" and {N(p90)}" + Nearest(scale, p90) + ".";
        var intervalValues = new List<(string, double)> { ("p10", p10), ("p90", p90) };
        AddLabel(intervalValues, "label.p10", scale, p10);
        AddLabel(intervalValues, "label.p90", scale, p90);
        list.Add(S("interval", interval, [.. intervalValues]));

        Thresholds(list, scale, distribution, p50);

        if (modes.Length <= 1)
        {
            var sd = distribution.StandardDeviation ?? 0;
            list.Add(S("shape", $"The runs form a single cluster (standard deviation {N(sd)}).", ("clusters", 1), ("sd", sd)));
        }
        else
        {
            var parts = modes.Select(m => $"{Words.Percent(m.Share)} around {N(m.Centre)}" + Nearest(scale, m.Centre)).ToList();
            var width = NearShare * scale.Range;
            var near = distribution.Samples.Count(v => Math.Abs(v - p50) <= width) / (double)distribution.Defined;
            var values = new List<(string, double)> { ("clusters", modes.Length) };
            for (var k = 0; k < modes.Length; k++)
            {
                values.Add(($"share.{k + 1}", modes[k].Share));
                values.Add(($"centre.{k + 1}", modes[k].Centre));
            }

            values.Add(("median", p50));
            values.Add(("near-median", near));
            values.Add(("near-width", width));
            list.Add(S("shape",
                $"The outcome has {modes.Length} clusters: {Words.JoinList(parts)}. The median, {N(p50)}, is not reported as the likely outcome: " +
                $"only {Words.Percent(near)} of runs end within {N(width)} of it.",
                [.. values]));
        }
    }

    private static void Thresholds(List<BriefSentence> list, IssueScale scale, OutcomeDistribution distribution, double p50)
    {
        var below = scale.Labels.Where(l => l.Value <= p50 && l.Value > scale.Min).Cast<ScaleLabel?>().LastOrDefault();
        var above = scale.Labels.Where(l => l.Value > p50 && l.Value <= scale.Max).Cast<ScaleLabel?>().FirstOrDefault();
        var parts = new List<string>();
        var values = new List<(string, double)>();
        foreach (var label in new[] { below, above })
        {
            if (label is { } l)
            {
                var p = AtLeast(distribution, l.Value);
                parts.Add($"at or above {Words.LabelPhrase(l, scale)}: {Words.Percent(p)}");
                values.Add(($"point.{parts.Count}", l.Value));
                values.Add(($"p-at-least.{parts.Count}", p));
            }
        }

        if (parts.Count > 0)
        {
            list.Add(S("threshold", $"Chance of ending {string.Join("; ", parts)}.", [.. values]));
        }
    }

    /// <summary>The share of defined runs that end at or above <paramref name="point"/>.</summary>
    internal static double AtLeast(OutcomeDistribution distribution, double point)
    {
        var defined = 0;
        var above = 0;
        foreach (var v in distribution.Samples)
        {
            if (!double.IsNaN(v))
            {
                defined++;
                above += v >= point ? 1 : 0;
            }
        }

        return defined == 0 ? 0 : (double)above / defined;
    }

    private static void Models(List<BriefSentence> list, AssessmentResults results, Issue issue)
    {
        var scale = issue.Scale;
        string N(double v) => Words.Number(v, scale);
        var forecasts = results.Models
            .Select(m => (m.Model, Value: ValueOf(m.Forecast, issue.Id)))
            .Where(t => t.Value is not null)
            .Select(t => (t.Model, Value: t.Value!.Value))
            .ToList();
        if (forecasts.Count == 0)
        {
            return;
        }

        list.Add(S("models", $"Forecasts of the models: {string.Join(", ", forecasts.Select(f => $"{Words.ModelTitle(f.Model)} {N(f.Value)}"))}.",
            [.. forecasts.Select(f => ("forecast." + f.Model, f.Value))]));
        if (forecasts.Count < 2)
        {
            return;
        }

        var hi = forecasts.Select((f, k) => (f, k)).OrderByDescending(t => t.f.Value).ThenBy(t => t.k).First().f;
        var lo = forecasts.Select((f, k) => (f, k)).OrderBy(t => t.f.Value).ThenBy(t => t.k).First().f;
        var spread = hi.Value - lo.Value;
        var threshold = results.Options.AgreementShare * scale.Range;
        var share = Words.Percent(results.Options.AgreementShare);
        if (spread < threshold)
        {
            list.Add(S("agreement", $"The {forecasts.Count} models agree: their forecasts lie within {N(spread)} of each other, under the threshold of {N(threshold)} ({share} of the scale).",
                ("spread", spread), ("threshold", threshold), ("agree", 1)));
        }
        else
        {
            string Why(string model) => Words.Mechanism(model, ModelCatalog.TryGet(model, out var m) ? m.Summary : model);
            list.Add(S("agreement",
                $"The models disagree: their forecasts span {N(spread)}, at or above the threshold of {N(threshold)} ({share} of the scale). " +
                $"Highest is the {Words.ModelTitle(hi.Model)} model at {N(hi.Value)}, which {Why(hi.Model)}; " +
                $"lowest is the {Words.ModelTitle(lo.Model)} model at {N(lo.Value)}, which {Why(lo.Model)}.",
                ("spread", spread), ("threshold", threshold), ("agree", 0), ("forecast." + hi.Model, hi.Value), ("forecast." + lo.Model, lo.Value)));
        }
    }

    private static void Pulls(List<BriefSentence> list, AssessmentResults results, Issue issue)
    {
        // The compromise model's pulls measure each actor's weight on its stated position; another model's pulls are
        // taken only when the compromise model gave none.
        var source = results.Models.FirstOrDefault(m => m.Model == "compromise" && m.Forecast?.For(issue.Id)?.Pulls.IsDefaultOrEmpty == false)
            ?? results.Models.FirstOrDefault(m => m.Forecast?.For(issue.Id)?.Pulls.IsDefaultOrEmpty == false);
        var pulls = source?.Forecast?.For(issue.Id)?.Pulls ?? [];
        var up = pulls.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Cast<ActorValue?>().FirstOrDefault();
        var down = pulls.Where(p => p.Value < 0).OrderBy(p => p.Value).Cast<ActorValue?>().FirstOrDefault();
        foreach (var (pull, topic, direction) in new[] { (up, "pull-up", "up"), (down, "pull-down", "down") })
        {
            if (pull is not { } p)
            {
                continue;
            }

            var actor = results.Scenario.FindActor(p.ActorId);
            results.Scenario.TryGetStance(p.ActorId, issue.Id, out var stance);
            var why = results.Scenario.Rationales.GetValueOrDefault($"stances.{p.ActorId}.{issue.Id}.position");
            var reason = why is null ? " The scenario gives no reason for this stance." : $" The scenario's reason: {Words.Quote(why)}.";
            list.Add(S(topic,
                $"Pulling it {direction} most in the {Words.ModelTitle(source!.Model)} weighting: {actor?.Name ?? p.ActorId} (position {Words.Number(stance.Position, issue.Scale)}, salience {Words.Fixed(stance.Salience, 2)}, pull {Words.Signed(p.Value, Words.Decimals(issue.Scale) + 1)}).{reason}",
                ("pull", p.Value), ("position", stance.Position), ("salience", stance.Salience)));
        }
    }

    private static string Nearest(IssueScale scale, double value) =>
        Words.NearestPhrase(scale, value) is { Length: > 0 } phrase ? ", " + phrase : string.Empty;

    private static BriefSentence Labelled(string topic, string text, IssueScale scale, double value, params (string, double)[] values)
    {
        var list = values.ToList();
        AddLabel(list, "label", scale, value);
        return S(topic, text, [.. list]);
    }

    private static void AddLabel(List<(string, double)> values, string name, IssueScale scale, double value)
    {
        if (Words.NearestLabel(scale, value) is { } label)
        {
            values.Add((name, label.Value));
        }
    }
}
