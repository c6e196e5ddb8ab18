using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>Runs a model before and after a list of shocks and reports how each forecast moves.</summary>
/// <remarks>Both runs use the same settings and seed, so a stochastic model's difference reflects the shocks. Stateless and thread-safe.</remarks>
public static class WhatIf
{
    /// <summary>Applies shocks in order.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="shocks">The shocks.</param>
    /// <returns>The shocked scenario.</returns>
    /// <exception cref="ArgumentException">A shock cannot apply (unknown actor or issue, value out of range).</exception>
    public static Scenario Apply(Scenario scenario, IEnumerable<Shock> shocks)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(shocks);
        return shocks.Aggregate(scenario, (s, shock) => shock.Apply(s));
    }

    /// <summary>Forecasts the scenario before and after the shocks.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="shocks">The shocks, applied in order.</param>
    /// <param name="context">Seed and cancellation.</param>
    /// <returns>Both forecasts and the change on every issue.</returns>
    /// <exception cref="ArgumentException">A shock cannot apply.</exception>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    public static WhatIfResult Compare(IForecastModel model, Scenario scenario, ModelSettings settings, IEnumerable<Shock> shocks, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shocks);
        var list = shocks.ToImmutableArray();
        var shocked = Apply(scenario, list);
        var before = model.Run(scenario, settings, context);
        var after = model.Run(shocked, settings, context);
        var changes = scenario.Issues
            .Select((issue, d) => new IssueChange(issue.Id, MonteCarloForecaster.ValueOf(before, issue.Id, d), MonteCarloForecaster.ValueOf(after, issue.Id, d)))
            .ToImmutableArray();
        return new WhatIfResult(list, shocked, before, after, changes);
    }
}
