using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Model.Uncertainty.Shocks;

namespace Statecraft.Assessment;

/// <summary>Runs everything an assessment rests on: every model that applies, the lead model's Monte Carlo, one-at-a-time sensitivity and shocks, and the two fronts.</summary>
/// <remarks>
/// <para>Every run uses the context's seed: the Monte Carlo derives replicate seeds from it (§1.7), the
/// sensitivity and the shocks use it as common random numbers, so the same seed gives the same results on any number of
/// threads. Cost (default options, 12 actors and 37 stances): 2,000 lead-model runs for the Monte Carlo,
/// 2·(actors + 2·stances) + 1 for the sensitivity, 2 per shock, one run per compared model, and one coupled run.</para>
/// <para>Progress: the Monte Carlo reports [0, 0.6], the sensitivity [0.6, 0.85], the rest up to 1.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class Assessor
{
    /// <summary>Runs the assessment.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The lead model, runs, shocks and thresholds.</param>
    /// <param name="context">Root seed, threads, progress and cancellation.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentException">The lead model or a compared model is unknown.</exception>
    /// <exception cref="ModelOptionException">The scenario stores an option value the lead model refuses.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static AssessmentResults Run(Scenario scenario, AssessmentOptions options, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);

        var lead = Resolve(options.LeadModel);
        var compared = options.Models.Select(Resolve).ToArray();
        var single = context with { Progress = null, MaxDegreeOfParallelism = 1 };
        var progress = context.Progress;

        var monteCarlo = MonteCarloForecaster.Run(lead, scenario, SettingsOf(scenario, lead), new MonteCarloOptions { Runs = options.Runs },
            context with { Progress = progress is null ? null : new ScaledProgress(progress, 0, 0.6) });
        var sensitivity = OneAtATimeAnalysis.Run(lead, scenario, SettingsOf(scenario, lead), OneAtATimeOptions.Default,
            context with { Progress = progress is null ? null : new ScaledProgress(progress, 0.6, 0.85) });

        var models = new ModelOutcome[compared.Length];
        var shocks = Shocks(scenario, sensitivity, options);
        var shockResults = new ShockOutcome[shocks.Count];
        var twoFronts = new TwoFrontResult?[1];
        var jobs = compared.Length + shocks.Count + (scenario.Arena is null ? 0 : 1);
        var done = 0;
        Parallel.For(0, jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxDegreeOfParallelism), CancellationToken = context.Cancellation }, j =>
        {
            if (j < compared.Length)
            {
                models[j] = RunModel(scenario, compared[j], single);
            }
            else if (j < compared.Length + shocks.Count)
            {
                var (kind, actor, issue, from, to, shock) = shocks[j - compared.Length];
                shockResults[j - compared.Length] = new ShockOutcome(kind, actor, issue, from, to, WhatIf.Compare(lead, scenario, SettingsOf(scenario, lead), [shock], single));
            }
            else
            {
                var coupling = TwoFrontOptions.FromSettings(scenario.Arena!.Coupling);
                twoFronts[0] = TwoFrontSimulation.Run(scenario, lead, SettingsOf(scenario, lead), coupling, single);
            }

            progress?.Report(0.85 + (0.15 * Interlocked.Increment(ref done) / jobs));
        });

        return new AssessmentResults(scenario, options, context.Seed, [.. models], monteCarlo, sensitivity, [.. shockResults])
        {
            TwoFronts = twoFronts[0],
        };
    }

    /// <summary>Returns the settings the scenario stores for a model, or none.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="model">The model.</param>
    /// <returns>The settings.</returns>
    internal static ModelSettings SettingsOf(Scenario scenario, IForecastModel model) =>
        scenario.ModelSettings.TryGetValue(model.Name, out var stored) ? stored : ModelSettings.Empty;

    private static IForecastModel Resolve(string name) =>
        ModelCatalog.TryGet(name, out var model)
            ? model
            : throw new ArgumentException($"Unknown model '{name}'. Known models: {string.Join(", ", ModelCatalog.All.Select(m => m.Name))}.", nameof(name));

    private static ModelOutcome RunModel(Scenario scenario, IForecastModel model, ModelRunContext context)
    {
        if (model.Name == "exchange" && scenario.Issues.Length < 2)
        {
            return new ModelOutcome(model.Name, null, "the scenario has one issue, so there is nothing to exchange");
        }

        try
        {
            return new ModelOutcome(model.Name, model.Run(scenario, SettingsOf(scenario, model), context), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A model that cannot handle the scenario (a documented abort, a degenerate input) is listed with its reason,
            // as the backtest does; the others are still compared.
            return new ModelOutcome(model.Name, null, e.Message);
        }
    }

    private static List<(string Kind, string Actor, string? Issue, double? From, double? To, Shock Shock)> Shocks(Scenario scenario, OneAtATimeResult sensitivity, AssessmentOptions options)
    {
        var list = new List<(string, string, string?, double?, double?, Shock)>();
        var influence = scenario.Actors
            .Select((a, k) => (a.Id, Weight: a.Capability * scenario.Stances.Where(s => s.ActorId == a.Id).Sum(s => s.Salience), k))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.k)
            .Take(Math.Min(options.DroppedActors, scenario.Actors.Length - 1));
        foreach (var (id, _, _) in influence)
        {
            list.Add(("drop", id, null, null, null, new DropActorShock(id)));
        }

        // The saliences whose one-at-a-time swing on their own issue is largest, relative to the issue's scale.
        var salient = sensitivity.Issues
            .SelectMany(e => e.Effects
                .Where(x => x.Input.Kind == InputKind.Salience && x.Input.IssueId == e.IssueId && x.Swing is > 0)
                .Select(x => (x.Input, Swing: x.Swing!.Value / scenario.FindIssue(e.IssueId)!.Scale.Range)))
            .OrderByDescending(t => t.Swing)
            .ThenBy(t => t.Input.IssueId, StringComparer.Ordinal)
            .ThenBy(t => t.Input.ActorId, StringComparer.Ordinal)
            .Take(options.SalienceShocks);
        foreach (var (input, _) in salient)
        {
            scenario.TryGetStance(input.ActorId, input.IssueId!, out var stance);
            var to = stance.Salience > 0.5 ? stance.Salience / 2 : Math.Min(1, stance.Salience * 2);
            to = Math.Round(to, 6, MidpointRounding.ToEven);
            list.Add(("salience", input.ActorId, input.IssueId, stance.Salience, to, new SalienceShock(input.ActorId, input.IssueId!, to)));
        }

        return list;
    }
}
