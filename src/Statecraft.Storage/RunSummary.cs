namespace Statecraft.Storage;

/// <summary>One line of a run listing: the manifest without the scenario text and the results.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The run's id.</param>
/// <param name="Kind">What was run.</param>
/// <param name="ScenarioHash">The scenario's content hash.</param>
/// <param name="ScenarioTitle">The scenario's title.</param>
/// <param name="Model">The model's name.</param>
/// <param name="Seed">The root seed.</param>
/// <param name="Runs">The number of replicates.</param>
/// <param name="Threads">The number of threads allowed.</param>
/// <param name="ToolVersion">The Statecraft version.</param>
/// <param name="CreatedUtc">When the run finished, UTC.</param>
/// <param name="SampleCount">The number of per-replicate rows saved with the run.</param>
public sealed record RunSummary(long Id, string Kind, string ScenarioHash, string ScenarioTitle, string Model, ulong Seed, int Runs, int Threads, string ToolVersion, DateTimeOffset CreatedUtc, long SampleCount);
