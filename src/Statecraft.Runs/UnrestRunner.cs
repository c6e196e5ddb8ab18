using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Runs;

/// <summary>Runs Epstein's civil-violence model (Model I) from settings: a preset and run, or a scenario's domestic arena.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class UnrestRunner
{
    /// <summary>About 10 million site-ticks take a second on one core; runs beyond twice that deserve a progress display.</summary>
    public const double LongRunSiteTicks = 2e7;

    /// <summary>The unrest parameters of a scenario's arena.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <returns>The arena's parameters, seed and description.</returns>
    /// <exception cref="UserInputException">The scenario has no arena.</exception>
    public static UnrestSource FromScenario(LoadedScenario loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var arena = loaded.Scenario.Arena
            ?? throw new UserInputException($"The scenario '{loaded.Name}' has no arena: section, so it has no unrest parameters; run 'statecraft unrest' without a scenario, or add an arena (docs/formats/yaml.md).");
        return new UnrestSource(arena.Unrest, arena.Seed ?? loaded.Scenario.Seed, $"{loaded.Name}, arena of {arena.RegimeId}") { Manifest = ForecastRunner.Manifest(loaded) };
    }

    /// <summary>Whether a run is long enough to show progress (<see cref="LongRunSiteTicks"/>).</summary>
    /// <param name="options">The options read from the parameters.</param>
    /// <param name="ticks">The ticks to run.</param>
    /// <returns><see langword="true"/> for a long run.</returns>
    public static bool IsLong(UnrestOptions options, int ticks)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (double)options.Width * options.Height * ticks >= LongRunSiteTicks;
    }

    /// <summary>Runs the model.</summary>
    /// <param name="options">The options (<see cref="UnrestSettings.Read"/>).</param>
    /// <param name="ticks">The ticks to run.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="progress">Receives the done share in [0, 1], or <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the run between ticks.</param>
    /// <returns>The counts per tick.</returns>
    public static UnrestRun Run(UnrestOptions options, int ticks, ulong seed, IProgress<double>? progress, CancellationToken cancellation) =>
        new UnrestModel(options).Run(ticks, seed, progress, cancellation);
}
