using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>A before/after comparison: the forecasts of a scenario and of the scenario after a list of shocks.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Shocks">The shocks, applied in order.</param>
/// <param name="Shocked">The scenario after the shocks.</param>
/// <param name="Before">The forecast of the original scenario.</param>
/// <param name="After">The forecast of the shocked scenario (same model, settings and seed).</param>
/// <param name="Changes">One change per issue, in scenario order.</param>
public sealed record WhatIfResult(ImmutableArray<Shock> Shocks, Scenario Shocked, Forecast Before, Forecast After, ImmutableArray<IssueChange> Changes);
