namespace Statecraft.Storage;

/// <summary>One saved run: its manifest (what was run, on what, with which seed and options) and its results.</summary>
/// <remarks>
/// <para>The manifest follows the run-manifest rule of the style guide: scenario content hash, model, options, seed,
/// replicates, threads, tool version and time. <see cref="ScenarioText"/> holds the scenario's canonical text
/// (<see cref="ScenarioCanonicalForm"/>), so a run can be replayed even when the original file has changed.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Kind">What was run, lower-case: <c>forecast</c>, <c>monte-carlo</c>, <c>sensitivity</c>, <c>what-if</c>.</param>
/// <param name="ScenarioHash">The SHA-256 of <paramref name="ScenarioText"/>, 64 lower-case hex digits.</param>
/// <param name="ScenarioTitle">The scenario's title, for listings.</param>
/// <param name="ScenarioText">The scenario's canonical text.</param>
/// <param name="Model">The model's name.</param>
/// <param name="OptionsJson">Every option needed to replay the run, as a JSON object (its shape is the caller's).</param>
/// <param name="Seed">The root seed.</param>
/// <param name="Runs">The number of replicates (1 for a single forecast).</param>
/// <param name="Threads">The number of threads allowed (it never changes the numbers).</param>
/// <param name="ToolVersion">The Statecraft version that made the run.</param>
/// <param name="CreatedUtc">When the run finished, UTC.</param>
/// <param name="ResultsJson">The results, as the JSON the command line prints.</param>
public sealed record RunRecord(
    string Kind,
    string ScenarioHash,
    string ScenarioTitle,
    string ScenarioText,
    string Model,
    string OptionsJson,
    ulong Seed,
    int Runs,
    int Threads,
    string ToolVersion,
    DateTimeOffset CreatedUtc,
    string ResultsJson)
{
    /// <summary>Gets the run's id in the store; 0 before it is saved.</summary>
    public long Id { get; init; }
}
