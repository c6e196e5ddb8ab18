using System.Reflection;

namespace Statecraft.Reports;

/// <summary>What is needed to reproduce a run: the scenario's name and content hash, the model, its options, the seed and the tool version.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scenario">The scenario as the user named it (a bundled name or a file path).</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario's canonical content, hex, or empty when unknown.</param>
/// <param name="ToolVersion">The Statecraft version and the commit it was built from, as <see cref="CurrentToolVersion"/> gives them.</param>
public sealed record RunManifest(string Scenario, string ScenarioHash, string ToolVersion)
{
    /// <summary>Gets the Statecraft version and the commit it was built from, as <c>statecraft --version</c> prints them:
    /// <c>0.1.0+</c> and the full hash of the git commit (the informational version the build records from git), or the
    /// version alone when it was built outside a git checkout.</summary>
    public static string CurrentToolVersion { get; } =
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunManifest).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <summary>Gets the manifest of a run that read no scenario (an unrest preset, Model II): no scenario, an empty
    /// hash, and <see cref="CurrentToolVersion"/>.</summary>
    public static RunManifest WithoutScenario { get; } = new(string.Empty, string.Empty, CurrentToolVersion);
}
