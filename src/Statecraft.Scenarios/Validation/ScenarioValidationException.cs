using System.Collections.Immutable;

namespace Statecraft.Scenarios.Validation;

/// <summary>Thrown when an input file has errors; carries every problem found, sorted by position.</summary>
/// <remarks>Never thrown for the first error only: loaders collect all diagnostics first.</remarks>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception from the diagnostics found.</summary>
    /// <param name="diagnostics">The problems; at least one should be an error.</param>
    public ScenarioValidationException(IEnumerable<Diagnostic> diagnostics)
        : this(diagnostics.ToImmutableArray())
    {
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public ScenarioValidationException()
        : this(ImmutableArray<Diagnostic>.Empty)
    {
    }

    /// <summary>Creates the exception with a single message.</summary>
    /// <param name="message">The message.</param>
    public ScenarioValidationException(string message)
        : base(message) => Diagnostics = [new Diagnostic(DiagnosticSeverity.Error, "SC0000", message)];

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public ScenarioValidationException(string message, Exception inner)
        : base(message, inner) => Diagnostics = [new Diagnostic(DiagnosticSeverity.Error, "SC0000", message)];

    private ScenarioValidationException(ImmutableArray<Diagnostic> diagnostics)
        : base(Summarise(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Gets every problem found, sorted by file, line and column.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Summarise(ImmutableArray<Diagnostic> d) =>
        d.IsDefaultOrEmpty ? "The input is not valid." : string.Join(Environment.NewLine, d.Select(x => x.ToString()));
}
