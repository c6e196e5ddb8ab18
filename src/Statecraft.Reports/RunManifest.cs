namespace Statecraft.Reports;

/// <summary>What is needed to reproduce a run: the scenario's name and content hash, the model, its options, the seed and the tool version.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scenario">The scenario as the user named it (a bundled name or a file path).</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario's canonical content, hex, or empty when unknown.</param>
/// <param name="ToolVersion">The Statecraft version.</param>
public sealed record RunManifest(string Scenario, string ScenarioHash, string ToolVersion)
{
    /// <summary>Gets the Statecraft version of the Reports assembly.</summary>
    public static string CurrentToolVersion { get; } =
        typeof(RunManifest).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
