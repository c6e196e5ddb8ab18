using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.TwoFronts.Options;

namespace Statecraft.Runs;

/// <summary>Runs the two-front coupling (§6): a bargaining model stepped each round with the scenario's domestic arena.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TwoFrontRunner
{
    /// <summary>Runs the coupling on the scenario.</summary>
    /// <param name="loaded">The scenario, with an arena.</param>
    /// <param name="model">The bargaining model.</param>
    /// <param name="modelSettings">The model's merged settings.</param>
    /// <param name="rounds">Coupled rounds, or <see langword="null"/> for the arena's coupling setting.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="cancellation">Stops the run between rounds.</param>
    /// <returns>Every round's forecasts, domestic state and events.</returns>
    /// <exception cref="UserInputException">The scenario cannot be coupled (e.g. it has no arena).</exception>
    public static TwoFrontResult Run(LoadedScenario loaded, IForecastModel model, ModelSettings modelSettings, int? rounds, ulong seed, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var coupling = loaded.Scenario.Arena?.Coupling ?? ModelSettings.Empty;
        if (rounds is { } r)
        {
            coupling = coupling.With("rounds", r.ToString(CultureInfo.InvariantCulture));
        }

        var options = TwoFrontOptions.FromSettings(coupling);
        var context = new ModelRunContext(seed) { Cancellation = cancellation };
        try
        {
            return TwoFrontSimulation.Run(loaded.Scenario, model, modelSettings, options, context);
        }
        catch (Exception ex) when (ModelAbort.Find(ex) is { } abort)
        {
            throw ModelAbort.Explain(loaded.Scenario, loaded.Name, model.Name, abort);
        }
        catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
        {
            throw new UserInputException(e.Message.Split(" (Parameter", StringSplitOptions.None)[0], e);
        }
    }
}
