using Statecraft.Assessment;
using Statecraft.Model.Forecasting;

namespace Statecraft.Runs;

/// <summary>Runs an assessment of a scenario (<c>statecraft assess</c>) and composes its brief.</summary>
/// <remarks>
/// Resolves the lead model and the seed as every other run does (<see cref="ModelResolver"/>, <see cref="ForecastRunner.Seed"/>),
/// runs <see cref="Assessor"/> and writes the brief with the library's track record (<see cref="TrackRecord.Deu2"/>).
/// Stateless and thread-safe.
/// </remarks>
public static class AssessmentRunner
{
    /// <summary>Runs the assessment.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <param name="leadModel">The lead model's name, or <see langword="null"/> for the default (<c>eu</c>).</param>
    /// <param name="runs">The Monte Carlo runs. Range: [100, 1,000,000].</param>
    /// <param name="seed">The seed asked for, or <see langword="null"/> for the scenario's, else 42.</param>
    /// <param name="threads">The threads to use; the results do not depend on it.</param>
    /// <param name="progress">Receives the share done in [0, 1], or <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the run.</param>
    /// <returns>The results, the brief and the manifest.</returns>
    /// <exception cref="UserInputException">The lead model is unknown or the scenario stores an option it refuses.</exception>
    public static AssessedScenario Run(LoadedScenario loaded, string? leadModel, int runs, ulong? seed, int threads, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var lead = ModelResolver.Resolve(leadModel ?? AssessmentOptions.Default.LeadModel);
        var options = new AssessmentOptions { LeadModel = lead.Name, Runs = runs };
        var context = new ModelRunContext(ForecastRunner.Seed(loaded, seed))
        {
            MaxDegreeOfParallelism = Math.Max(1, threads),
            Progress = progress,
            Cancellation = cancellation,
        };
        var results = Assessor.Run(loaded.Scenario, options, context);
        return new AssessedScenario(loaded, results, BriefComposer.Compose(results, loaded.Name, TrackRecord.Deu2), ForecastRunner.Manifest(loaded));
    }
}
