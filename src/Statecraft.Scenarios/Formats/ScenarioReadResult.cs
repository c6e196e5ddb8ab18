using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats;

/// <summary>The outcome of reading one file: the scenario (when there is no error) and every diagnostic.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scenario">The scenario, or <see langword="null"/> when an error was found.</param>
/// <param name="Diagnostics">Every problem found, sorted by position.</param>
public sealed record ScenarioReadResult(Scenario? Scenario, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets whether the file was read without errors.</summary>
    public bool IsValid => Scenario is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
