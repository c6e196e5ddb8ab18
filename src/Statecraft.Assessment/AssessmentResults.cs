using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;

namespace Statecraft.Assessment;

/// <summary>Every computed result an assessment rests on: the models' forecasts, the lead model's Monte Carlo, sensitivity and shocks, and the two fronts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scenario">The scenario assessed.</param>
/// <param name="Options">The options used.</param>
/// <param name="Seed">The root seed of every run.</param>
/// <param name="Models">Every compared model's deterministic run, in <see cref="AssessmentOptions.Models"/> order.</param>
/// <param name="MonteCarlo">The lead model's Monte Carlo over the scenario's stated doubt.</param>
/// <param name="Sensitivity">The lead model's one-at-a-time sensitivity.</param>
/// <param name="Shocks">The shocks, drops first, then salience shifts.</param>
public sealed record AssessmentResults(
    Scenario Scenario,
    AssessmentOptions Options,
    ulong Seed,
    ImmutableArray<ModelOutcome> Models,
    MonteCarloResult MonteCarlo,
    OneAtATimeResult Sensitivity,
    ImmutableArray<ShockOutcome> Shocks)
{
    /// <summary>Gets the coupled two-front run with the lead model, when the scenario has a domestic arena.</summary>
    public TwoFrontResult? TwoFronts { get; init; }
}
