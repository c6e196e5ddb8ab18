using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>KTAB's Spatial Model of Politics (SMP): multi-dimensional challenges, bargains and probabilistic Condorcet elections, turn by turn.</summary>
/// <remarks>
/// <para>Source: KAPSARC, <i>KTAB: KAPSARC Toolkit for Behavioral Analysis</i> (B. P. Wise et al., 2015–2019, MIT licence),
/// and B. Wise et al.'s KAPSARC discussion papers on the SMP; the specification is §3. All the scenario's
/// issues are the dimensions of one run. Each issue's forecast is, by default, the capability×salience-weighted mean of
/// the final positions (§3.15); <c>forecast=cluster-mean</c> gives the probability-weighted mean of the final
/// position clusters instead. Options: <see cref="SmpOptions"/>; scenario settings under <c>smp</c> are read first and
/// the run's settings override them. The seed is the <c>seed</c> option, else the run's (<see cref="ModelRunContext.Seed"/>,
/// which callers set from the scenario's seed when it has one, and which Monte Carlo runs vary).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class SpatialModel : IForecastModel
{
    /// <inheritdoc />
    public string Name => "smp";

    /// <inheritdoc />
    public string Summary => "KTAB Spatial Model of Politics: challenges, bargains and Condorcet elections in several dimensions (KAPSARC; Wise et al.).";

    /// <inheritdoc />
    public IReadOnlyList<ModelOption> Options => SmpDeclarations.All;

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var effective = scenario.ModelSettings.TryGetValue(Name, out var stored) ? stored.With(settings) : settings;
        effective.RequireKnown(Options, $"model '{Name}'");
        var options = SmpOptions.FromSettings(effective);
        var seed = options.Seed ?? context.Seed;
        var mapping = SmpScenarioMapping.Create(scenario, effective);
        var used = options.ToSettings();
        if (SmpDeclarations.IdealAdjustment.Read(effective) is { } adjustment)
        {
            used = used.With(SmpDeclarations.IdealAdjustment.Name, adjustment);
        }

        if (mapping.Problem is null)
        {
            var empty = scenario.Issues.Select(i => new IssueForecast(i.Id, null)
            {
                Basis = "no forecast: no actor has salience on any issue",
                Notes = ["no actor takes part, so the spatial model has nothing to run"],
            });
            return new Forecast(Name, [.. empty]) { Settings = used, Seed = seed, Notes = mapping.Notes };
        }

        var result = SmpSimulation.Run(mapping.Problem, options, seed, context.MaxDegreeOfParallelism, context.Progress, context.Cancellation);
        context.Progress?.Report(1);
        var issues = ImmutableArray.CreateBuilder<IssueForecast>(scenario.Issues.Length);
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            issues.Add(SmpForecastWriter.Describe(mapping, result, options, d));
        }

        var notes = mapping.Notes.AddRange(result.Warnings).Add(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Turns} turns, stopped by {(result.StopReason == SmpStopReason.Converged ? "the convergence rule" : "the turn limit")}; mode {ModelSettings.ToKebab(options.Mode.ToString())}, {ModelSettings.ToKebab(options.StateTransitions.ToString())} transitions."));
        return new Forecast(Name, issues.MoveToImmutable()) { Settings = used, Seed = seed, Notes = notes };
    }

    /// <summary>Runs the model and returns the raw trajectory on [0, 1] as well, for analyses beyond the issue forecasts.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="settings">Option values; unset options take their defaults.</param>
    /// <param name="context">Seed, parallelism and cancellation.</param>
    /// <returns>The trajectory; actor k of the result is the k-th scenario actor with a positive total salience.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    /// <exception cref="ArgumentException">No actor has a positive salience.</exception>
    public static SmpResult Simulate(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var effective = scenario.ModelSettings.TryGetValue("smp", out var stored) ? stored.With(settings) : settings;
        var options = SmpOptions.FromSettings(effective);
        var mapping = SmpScenarioMapping.Create(scenario, effective);
        var problem = mapping.Problem ?? throw new ArgumentException("No actor has a positive salience.", nameof(scenario));
        return SmpSimulation.Run(problem, options, options.Seed ?? context.Seed, context.MaxDegreeOfParallelism, cancellation: context.Cancellation);
    }
}
