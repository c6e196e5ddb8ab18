using Statecraft.Model.Domain;

namespace Statecraft.Runs;

/// <summary>Where an unrest run's parameters come from: a scenario's domestic arena, or none (the presets).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Parameters">The arena's unrest options as kebab-case settings (empty for the presets).</param>
/// <param name="Seed">The arena's seed, else the scenario's, or <see langword="null"/>.</param>
/// <param name="Description">How outputs name the source, e.g. "middle-east-2025, arena of iran".</param>
public sealed record UnrestSource(ModelSettings Parameters, ulong? Seed, string Description)
{
    /// <summary>Gets the manifest of a run from this source: the scenario as named and its hash, or empty for the presets.</summary>
    public Reports.RunManifest Manifest { get; init; } = Reports.RunManifest.WithoutScenario;
}
