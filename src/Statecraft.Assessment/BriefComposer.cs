using System.Collections.Immutable;
using Statecraft.Model.Forecasting;

namespace Statecraft.Assessment;

/// <summary>Writes the brief of an assessment: fills fixed sentence templates with the computed results.</summary>
/// <remarks>
/// <para>Each sentence names the values it rests on (<see cref="BriefSentence.Values"/>). The words follow fixed rules,
/// which the tests check against the numbers: the label named is the labelled point nearest to the number; an interval
/// is the 10th to 90th percentile of the Monte Carlo runs; "the models agree" only when their forecasts span less than
/// <see cref="AssessmentOptions.AgreementShare"/> of the scale; a distribution with several clusters
/// (<see cref="OutcomeShape"/>) is never summed up by its median; every "if …, then …" is a computed run.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static partial class BriefComposer
{
    /// <summary>Writes the brief.</summary>
    /// <param name="results">The assessment's results.</param>
    /// <param name="scenarioName">The scenario's name as the user gave it (a bundled name or a file).</param>
    /// <param name="trackRecord">The models' accuracy on real decisions (normally <see cref="TrackRecord.Deu2"/>).</param>
    /// <returns>The brief.</returns>
    public static Brief Compose(AssessmentResults results, string scenarioName, IReadOnlyList<BacktestFigure> trackRecord)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(scenarioName);
        ArgumentNullException.ThrowIfNull(trackRecord);
        var scenario = results.Scenario;
        var lead = results.MonteCarlo.Model;
        return new Brief(scenarioName, scenario.Metadata.Title, lead, results.MonteCarlo.Runs, results.Seed)
        {
            Opening = Opening(results),
            Issues = [.. scenario.Issues.Select((issue, d) => Issue(results, issue, d))],
            TwoFronts = TwoFronts(results),
            Limits = Limits(results, trackRecord),
        };
    }

    private static BriefSentence S(string topic, string text, params (string Name, double Value)[] values) =>
        new(topic, text, [.. values.Select(v => new SentenceValue(v.Name, v.Value))]);

    private static ImmutableArray<BriefSentence> Opening(AssessmentResults results)
    {
        var ran = results.Models.Where(m => m.Forecast is not null).Select(m => Words.ModelTitle(m.Model)).ToList();
        var mc = results.MonteCarlo;
        var scenario = results.Scenario;
        return
        [
            S("what-was-run",
                $"Statecraft ran {Words.Plural(ran.Count, "model")} on {Words.Plural(scenario.Actors.Length, "actor")} and {Words.Plural(scenario.Issues.Length, "issue")} ({Words.JoinList(ran)}). " +
                $"The headline of each issue comes from {Words.Count(mc.Runs)} runs of the {Words.ModelTitle(mc.Model)} model over {DoubtPhrase(results)} about its inputs, seed {results.Seed}.",
                ("models", ran.Count), ("actors", scenario.Actors.Length), ("issues", scenario.Issues.Length), ("runs", mc.Runs), ("seed", results.Seed)),
        ];
    }

    private static ImmutableArray<BriefSentence> Limits(AssessmentResults results, IReadOnlyList<BacktestFigure> trackRecord)
    {
        var scenario = results.Scenario;
        var list = ImmutableArray.CreateBuilder<BriefSentence>();
        list.Add(S("exploration",
            $"This is scenario exploration, not a prediction: every number above follows from the scenario's {Words.Plural(scenario.Actors.Length, "actor")}, " +
            $"{Words.Plural(scenario.Issues.Length, "issue")} and {Words.Plural(scenario.Stances.Length, "stance")}, which encode its author's judgement ({Words.Plural(scenario.Metadata.Assumptions.Length, "stated assumption")}).",
            ("actors", scenario.Actors.Length), ("issues", scenario.Issues.Length), ("stances", scenario.Stances.Length), ("assumptions", scenario.Metadata.Assumptions.Length)));
        list.Add(scenario.Metadata.Sources.IsEmpty
            ? S("sources", "The scenario names no sources.", ("sources", 0))
            : S("sources", $"Sources: {string.Join(" ", scenario.Metadata.Sources.Select(s => s.Trim().TrimEnd('.') + "."))}", ("sources", scenario.Metadata.Sources.Length)));

        var compared = results.Models.Where(m => m.Forecast is not null).Select(m => m.Model).ToHashSet(StringComparer.Ordinal);
        var figures = trackRecord.Where(f => !f.Baseline && compared.Contains(f.Model)).ToList();
        var naive = trackRecord.FirstOrDefault(f => f.Baseline && f.Model == "plain-mean");
        if (figures.Count > 0)
        {
            var values = figures.Select(f => ("mae." + f.Model, f.Mae)).Concat(figures.Select(f => ("n." + f.Model, (double)f.N))).ToList();
            var text = $"On real decisions, the models have erred by this much: on {Words.Count(figures.Max(f => f.N))} issues of EU legislation (DEU II, EU-15), " +
                $"the mean absolute error on a 0–100 scale was {Words.JoinList([.. figures.Select(f => $"{Words.Fixed(f.Mae, 1)} for the {Words.ModelTitle(f.Model)} model" + (f.N < figures.Max(x => x.N) ? $" (n = {f.N})" : string.Empty))])}";
            if (naive is not null)
            {
                text += $", against {Words.Fixed(naive.Mae, 1)} for the plain mean of the stated positions, a naive baseline";
                values.Add(("mae.plain-mean", naive.Mae));
            }

            list.Add(S("track-record", text + ".", [.. values]));
        }

        list.Add(S("seed", $"Computed with seed {results.Seed}; the same seed and inputs give the same text.", ("seed", results.Seed)));
        return list.ToImmutable();
    }

    /// <summary>"the scenario's stated doubt", or Statecraft's default when the scenario states none.</summary>
    private static string DoubtPhrase(AssessmentResults results) =>
        results.Scenario.Uncertainty is null ? "Statecraft's default doubt (the scenario states none)" : "the scenario's stated doubt";

    private static double? ValueOf(Forecast? forecast, string issueId) => forecast?.For(issueId)?.Value is { } v && double.IsFinite(v) ? v : null;
}
