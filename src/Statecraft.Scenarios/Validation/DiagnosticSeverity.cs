namespace Statecraft.Scenarios.Validation;

/// <summary>How serious a problem found in an input file is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The file can be used, but something looks wrong.</summary>
    Warning,

    /// <summary>The file cannot be used until this is fixed.</summary>
    Error,
}
