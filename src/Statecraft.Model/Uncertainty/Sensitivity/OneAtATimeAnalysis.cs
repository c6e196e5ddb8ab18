using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>One-at-a-time (local) sensitivity: moves each input down and up by a fixed step, the others held at their values, and ranks the inputs by the swing of each forecast.</summary>
/// <remarks>
/// <para>Inputs: every actor's capability, and every stance's position and salience (a stance with salience 0 is
/// included: raising its salience can make the actor count). Cost: 2·(actors + 2·stances) + 1 model runs, on
/// <see cref="ModelRunContext.MaxDegreeOfParallelism"/> threads; every run uses the context's seed, so a stochastic
/// model sees the same random numbers in every case and the swings reflect the input alone.</para>
/// <para>A local method: it misses interactions and non-linear effects beyond the step, which
/// <see cref="SobolAnalysis"/> captures. Saltelli et al. (2008), <i>Global Sensitivity Analysis: The Primer</i>, Wiley, §1.2.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class OneAtATimeAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">The steps.</param>
    /// <param name="context">Seed, threads, progress and cancellation.</param>
    /// <returns>Per issue, the inputs ranked by swing.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static OneAtATimeResult Run(IForecastModel model, Scenario scenario, ModelSettings settings, OneAtATimeOptions options, ModelRunContext context)
    {
        var baseline = Prepare(model, scenario, settings, options, context);
        var cases = Cases(scenario, options);
        return Reduce(model, scenario, options, context, baseline, cases, Evaluate(model, scenario, settings, context, cases, ShardRange.All(cases.Count)));
    }

    /// <summary>Gets the number of cases (rows) of the analysis: two per actor and four per stance.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>2·actors + 4·stances.</returns>
    public static int CaseCount(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return (2 * scenario.Actors.Length) + (4 * scenario.Stances.Length);
    }

    /// <summary>Runs one shard's cases only and returns every issue's forecast in each, for <see cref="Merge"/> to fold with the other shards'.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">The steps.</param>
    /// <param name="context">Seed, threads, progress and cancellation.</param>
    /// <param name="range">The shard's cases (<see cref="ShardRange.Of"/> over <see cref="CaseCount"/> with a block of one case).</param>
    /// <returns>Case c's forecast of issue d at [(c − start)·issues + d], NaN when undefined.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> leaves the cases.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static double[] RunShard(IForecastModel model, Scenario scenario, ModelSettings settings, OneAtATimeOptions options, ModelRunContext context, ShardRange range)
    {
        _ = Prepare(model, scenario, settings, options, context);
        var cases = Cases(scenario, options);
        range.Check(cases.Count, 1, nameof(range));
        return Evaluate(model, scenario, settings, context, cases, range);
    }

    /// <summary>Folds every case's forecasts, in case order, into the result <see cref="Run"/> gives.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">The steps.</param>
    /// <param name="context">Seed (for the baseline run) and cancellation.</param>
    /// <param name="rows">The forecasts of cases 0 … <see cref="CaseCount"/> − 1 laid end to end, as <see cref="RunShard"/> returns them.</param>
    /// <returns>The result, bit-identical to <see cref="Run"/> with the same arguments.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> does not hold cases · issues values.</exception>
    public static OneAtATimeResult Merge(IForecastModel model, Scenario scenario, ModelSettings settings, OneAtATimeOptions options, ModelRunContext context, ReadOnlyMemory<double> rows)
    {
        var baseline = Prepare(model, scenario, settings, options, context);
        var cases = Cases(scenario, options);
        if (rows.Length != (long)cases.Count * scenario.Issues.Length)
        {
            throw new ArgumentException($"Expected {cases.Count} cases of {scenario.Issues.Length} issues ({(long)cases.Count * scenario.Issues.Length} values), got {rows.Length} values.", nameof(rows));
        }

        return Reduce(model, scenario, options, context, baseline, cases, rows);
    }

    private static Forecast Prepare(IForecastModel model, Scenario scenario, ModelSettings settings, OneAtATimeOptions options, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        return model.Run(scenario, settings, context with { Progress = null, MaxDegreeOfParallelism = 1 });
    }

    private static double[] Evaluate(IForecastModel model, Scenario scenario, ModelSettings settings, ModelRunContext context, List<(ScenarioInput Input, double Value, Scenario Scenario)> cases, ShardRange range)
    {
        var single = context with { Progress = null, MaxDegreeOfParallelism = 1 };
        var issues = scenario.Issues;
        var rows = new double[(long)range.Count * issues.Length];
        ParallelWork.For(range.Count, context, _ => 1, i =>
        {
            var forecast = model.Run(cases[range.Start + i].Scenario, settings, single);
            for (var d = 0; d < issues.Length; d++)
            {
                rows[(i * issues.Length) + d] = MonteCarloForecaster.ValueOf(forecast, issues[d].Id, d) ?? double.NaN;
            }
        });
        return rows;
    }

    private static OneAtATimeResult Reduce(IForecastModel model, Scenario scenario, OneAtATimeOptions options, ModelRunContext context, Forecast baseline, List<(ScenarioInput Input, double Value, Scenario Scenario)> cases, ReadOnlyMemory<double> rows)
    {
        var width = scenario.Issues.Length;
        double? At(int c, int d) => rows.Span[(c * width) + d] is var v && double.IsNaN(v) ? null : v;
        var issues = ImmutableArray.CreateBuilder<IssueEffects>(scenario.Issues.Length);
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            var id = scenario.Issues[d].Id;
            var effects = new List<InputEffect>(cases.Count / 2);
            for (var c = 0; c < cases.Count; c += 2)
            {
                effects.Add(new InputEffect(cases[c].Input, cases[c].Value, cases[c + 1].Value, At(c, d), At(c + 1, d)));
            }

            var ranked = effects
                .Select((e, k) => (e, k))
                .OrderByDescending(t => t.e.Swing ?? -1)
                .ThenBy(t => t.k)
                .Select(t => t.e);
            issues.Add(new IssueEffects(id, MonteCarloForecaster.ValueOf(baseline, id, d), [.. ranked]));
        }

        return new OneAtATimeResult(model.Name, context.Seed, options, issues.MoveToImmutable());
    }

    private static List<(ScenarioInput Input, double Value, Scenario Scenario)> Cases(Scenario scenario, OneAtATimeOptions options)
    {
        var cases = new List<(ScenarioInput, double, Scenario)>();
        foreach (var actor in scenario.Actors)
        {
            var input = new ScenarioInput(InputKind.Capability, actor.Id, null);
            foreach (var factor in new[] { 1 / options.CapabilityFactor, options.CapabilityFactor })
            {
                var actors = scenario.Actors.Select(a => a.Id == actor.Id ? a with { Capability = a.Capability * factor } : a);
                var stances = scenario.Stances.Select(s => s.ActorId == actor.Id ? s with { Capability = s.Capability * factor } : s);
                cases.Add((input, actor.Capability * factor, scenario.WithActors(actors, stances)));
            }
        }

        for (var k = 0; k < scenario.Stances.Length; k++)
        {
            var st = scenario.Stances[k];
            var scale = scenario.FindIssue(st.IssueId)!.Scale;
            var step = options.PositionStep * scale.Range;
            AddStanceCases(cases, scenario, k, new ScenarioInput(InputKind.Position, st.ActorId, st.IssueId),
                Math.Max(scale.Min, st.Position - step), Math.Min(scale.Max, st.Position + step), (s, v) => s with { Position = v });
            AddStanceCases(cases, scenario, k, new ScenarioInput(InputKind.Salience, st.ActorId, st.IssueId),
                Math.Max(0, st.Salience - options.SalienceStep), Math.Min(1, st.Salience + options.SalienceStep), (s, v) => s with { Salience = v });
        }

        return cases;
    }

    private static void AddStanceCases(List<(ScenarioInput, double, Scenario)> cases, Scenario scenario, int index, ScenarioInput input, double low, double high, Func<Stance, double, Stance> set)
    {
        foreach (var value in new[] { low, high })
        {
            var stances = scenario.Stances.SetItem(index, set(scenario.Stances[index], value));
            cases.Add((input, value, scenario.WithStances(stances)));
        }
    }
}
