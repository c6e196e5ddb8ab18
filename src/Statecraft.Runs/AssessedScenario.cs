using Statecraft.Assessment;
using Statecraft.Reports;

namespace Statecraft.Runs;

/// <summary>An assessed scenario: the computed results, the brief written from them and the run manifest.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Loaded">The scenario.</param>
/// <param name="Results">Every computed result the brief rests on.</param>
/// <param name="Brief">The brief.</param>
/// <param name="Manifest">The scenario's name and hash and the tool version.</param>
public sealed record AssessedScenario(LoadedScenario Loaded, AssessmentResults Results, Brief Brief, RunManifest Manifest);
