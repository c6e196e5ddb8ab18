using System.Collections.Concurrent;
using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty.Shocks;
using Statecraft.Testing;

namespace Statecraft.Assessment.Tests;

/// <summary>The words of a brief match its numbers, on random scenarios (labels on every second issue).</summary>
public sealed class BriefPropertyTests
{
    private static readonly AssessmentOptions Options = new() { Runs = 200, Models = ["compromise", "median", "nash", "eu"] };

    private static readonly ConcurrentDictionary<int, (AssessmentResults Results, Brief Brief)> Cache = new();

    private static (AssessmentResults Results, Brief Brief) Assess(int seed)
    {
        var key = Math.Abs(seed % 1000);
        return Cache.GetOrAdd(key, k =>
        {
            var scenario = SyntheticScenarios.Create(3 + (k % 5), 1 + (k % 3), (ulong)k);
            var results = Assessor.Run(scenario, Options, new ModelRunContext((ulong)k) { MaxDegreeOfParallelism = 2 });
            return (results, BriefComposer.Compose(results, "synthetic", TrackRecord.Deu2));
        });
    }

    private static IEnumerable<(Issue Issue, int Index, BriefSentence Sentence)> Sentences(AssessmentResults results, Brief brief, string topic) =>
        brief.Issues.SelectMany((b, d) => b.Sentences.Where(s => s.Topic == topic).Select(s => (results.Scenario.Issues[d], d, s)));

    private static double NearestLabelBruteForce(IssueScale scale, double value) =>
        scale.Labels.OrderBy(l => Math.Abs(l.Value - value)).ThenBy(l => l.Value).First().Value;

    [Property(MaxTest = 12)]
    public void Headline_NamesTheLabelNearestToItsNumber(int seed)
    {
        var (results, brief) = Assess(seed);
        foreach (var (issue, _, s) in Sentences(results, brief, "headline"))
        {
            var value = s.Value("median") ?? s.Value("centre")!.Value;
            if (issue.Scale.Labels.IsEmpty)
            {
                Assert.Null(s.Value("label"));
                Assert.DoesNotContain("nearest to", s.Text, StringComparison.Ordinal);
                continue;
            }

            var nearest = NearestLabelBruteForce(issue.Scale, value);
            Assert.Equal(nearest, s.Value("label"));
            var named = $"nearest to '{issue.Scale.Labels.First(l => l.Value == nearest).Label}'";
            Assert.Equal(Math.Abs(nearest - value) <= 0.25 * issue.Scale.Range, s.Text.Contains(named, StringComparison.Ordinal));
        }
    }

    [Property(MaxTest = 12)]
    public void Interval_IsTheTenthToNinetiethPercentile_WithTheNearestLabels(int seed)
    {
        var (results, brief) = Assess(seed);
        foreach (var (issue, d, s) in Sentences(results, brief, "interval"))
        {
            var distribution = results.MonteCarlo.Issues[d];
            Assert.Equal(distribution.Quantile(0.1), s.Value("p10"));
            Assert.Equal(distribution.Quantile(0.9), s.Value("p90"));
            Assert.True(s.Value("p10") <= s.Value("p90"));
            if (!issue.Scale.Labels.IsEmpty)
            {
                Assert.Equal(NearestLabelBruteForce(issue.Scale, s.Value("p10")!.Value), s.Value("label.p10"));
                Assert.Equal(NearestLabelBruteForce(issue.Scale, s.Value("p90")!.Value), s.Value("label.p90"));
            }
        }
    }

    [Property(MaxTest = 12)]
    public void Threshold_ProbabilitiesAreTheShareOfRunsAtOrAboveThePoint(int seed)
    {
        var (results, brief) = Assess(seed);
        foreach (var (_, d, s) in Sentences(results, brief, "threshold"))
        {
            var samples = results.MonteCarlo.Issues[d].Samples.Where(v => !double.IsNaN(v)).ToArray();
            for (var k = 1; s.Value($"point.{k}") is { } point; k++)
            {
                Assert.Equal(samples.Count(v => v >= point) / (double)samples.Length, s.Value($"p-at-least.{k}")!.Value, 12);
            }
        }
    }

    [Property(MaxTest = 12)]
    public void Agreement_SaysAgreeOnlyWhenTheSpreadIsBelowTheThreshold(int seed)
    {
        var (results, brief) = Assess(seed);
        foreach (var (issue, _, s) in Sentences(results, brief, "agreement"))
        {
            var forecasts = results.Models.Select(m => m.Forecast?.For(issue.Id)?.Value).Where(v => v is not null).Select(v => v!.Value).ToList();
            var spread = forecasts.Max() - forecasts.Min();
            Assert.Equal(spread, s.Value("spread")!.Value, 12);
            Assert.Equal(Options.AgreementShare * issue.Scale.Range, s.Value("threshold"));
            var agree = spread < s.Value("threshold");
            Assert.Equal(agree ? 1 : 0, s.Value("agree"));
            Assert.Equal(agree, s.Text.Contains("models agree", StringComparison.Ordinal));
            Assert.Equal(!agree, s.Text.StartsWith("The models disagree", StringComparison.Ordinal));
        }
    }

    [Property(MaxTest = 12)]
    public void SeveralClusters_TheMedianIsNeverTheHeadline(int seed)
    {
        var (results, brief) = Assess(seed);
        foreach (var (_, d, s) in Sentences(results, brief, "headline"))
        {
            var modes = OutcomeShape.Modes(results.MonteCarlo.Issues[d]);
            if (modes.Length > 1)
            {
                Assert.Null(s.Value("median"));
                Assert.Equal(modes.Max(m => m.Share), s.Value("share"));
                Assert.StartsWith("No single likely outcome", s.Text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(results.MonteCarlo.Issues[d].P50, s.Value("median"));
            }
        }
    }

    [Property(MaxTest = 12)]
    public void EveryIfThen_MatchesARecomputedWhatIf(int seed)
    {
        var (results, brief) = Assess(seed);
        var scenario = results.Scenario;
        ModelCatalog.TryGet(Options.LeadModel, out var lead);
        var context = new ModelRunContext(results.Seed);
        foreach (var (issue, _, s) in Sentences(results, brief, "if-input"))
        {
            // Recompute the what-if from the sentence alone: find the input it names by its values and rerun the model.
            var effect = results.Sensitivity.For(issue.Id)!.Effects.Single(e =>
                (e.LowValue == s.Value("input.changed") && e.HighValue == s.Value("input.other")) ||
                (e.HighValue == s.Value("input.changed") && e.LowValue == s.Value("input.other")));
            var shock = effect.Input.Kind switch
            {
                Model.Uncertainty.InputKind.Position => (Shock)new PositionShock(effect.Input.ActorId, effect.Input.IssueId!, s.Value("input.changed")!.Value),
                Model.Uncertainty.InputKind.Salience => new SalienceShock(effect.Input.ActorId, effect.Input.IssueId!, s.Value("input.changed")!.Value),
                _ => new CapabilityShock(effect.Input.ActorId, s.Value("input.changed")!.Value),
            };
            var rerun = WhatIf.Compare(lead, scenario, ModelSettings.Empty, [shock], context);
            var change = rerun.Changes.Single(c => c.IssueId == issue.Id);
            Assert.Equal(change.Before, s.Value("forecast"));
            Assert.Equal(change.After!.Value, s.Value("forecast.changed")!.Value, 9);
        }

        foreach (var (issue, _, s) in Sentences(results, brief, "if-shock").Where(t => t.Sentence.Value("forecast") is not null))
        {
            var matches = results.Shocks.Where(x =>
            {
                var c = x.Result.Changes.Single(c => c.IssueId == issue.Id);
                return c.Before == s.Value("forecast") && c.After == s.Value("forecast.changed") && x.To == s.Value("salience.changed");
            }).ToList();
            Assert.NotEmpty(matches);
            var rerun = WhatIf.Compare(lead, scenario, ModelSettings.Empty, matches[0].Result.Shocks, context);
            Assert.Equal(s.Value("forecast.changed"), rerun.Changes.Single(c => c.IssueId == issue.Id).After);
        }
    }

    [Property(MaxTest = 5)]
    public void SameSeed_SameText_OnAnyNumberOfThreads(int seed)
    {
        var (results, brief) = Assess(seed);
        var again = Assessor.Run(results.Scenario, Options, new ModelRunContext(results.Seed) { MaxDegreeOfParallelism = 1 });
        var text = BriefComposer.Compose(again, "synthetic", TrackRecord.Deu2);
        Assert.Equal(brief.AllSentences.Select(s => s.Text), text.AllSentences.Select(s => s.Text));
        Assert.Equal(brief.AllSentences.SelectMany(s => s.Values), text.AllSentences.SelectMany(s => s.Values));
    }
}
