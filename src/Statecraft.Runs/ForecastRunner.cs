using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Reports;

namespace Statecraft.Runs;

/// <summary>Runs one forecast of a model on a scenario, and names the seed and manifest every output records.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ForecastRunner
{
    /// <summary>The seed used when neither the request nor the scenario gives one.</summary>
    public const ulong DefaultSeed = 42UL;

    /// <summary>The seed of a run: the one asked for, else the scenario's, else <see cref="DefaultSeed"/>.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <param name="seed">The seed asked for, or <see langword="null"/>.</param>
    /// <returns>The seed.</returns>
    public static ulong Seed(LoadedScenario loaded, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return seed ?? loaded.Scenario.Seed ?? DefaultSeed;
    }

    /// <summary>The manifest of a run on <paramref name="loaded"/>: its name, content hash and the tool version.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <returns>The manifest.</returns>
    public static RunManifest Manifest(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return new RunManifest(loaded.Name, loaded.Hash, RunManifest.CurrentToolVersion);
    }

    /// <summary>Runs <paramref name="model"/> once on the scenario.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <param name="model">The model.</param>
    /// <param name="settings">The model's merged settings (<see cref="ModelResolver.Settings"/>).</param>
    /// <param name="seed">The seed (<see cref="Seed"/>).</param>
    /// <param name="cancellation">Stops a dynamic model between rounds.</param>
    /// <param name="progress">Receives the share done in [0, 1] from models that report it, or <see langword="null"/>.</param>
    /// <returns>The forecast, recording <paramref name="seed"/>.</returns>
    /// <exception cref="UserInputException">The model stopped at a documented abort (<see cref="ModelAbort"/>).</exception>
    public static Forecast Run(LoadedScenario loaded, IForecastModel model, ModelSettings settings, ulong seed, CancellationToken cancellation, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(model);
        var context = new ModelRunContext(seed) { Cancellation = cancellation, Progress = progress };
        try
        {
            return model.Run(loaded.Scenario, settings, context) with { Seed = seed };
        }
        catch (Exception ex) when (ModelAbort.Find(ex) is { } abort)
        {
            throw ModelAbort.Explain(loaded.Scenario, loaded.Name, model.Name, abort);
        }
    }
}
