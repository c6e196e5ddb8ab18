using System.Globalization;
using System.Text;

namespace Statecraft.Scenarios.Validation;

/// <summary>One problem found in an input file: what is wrong, where, the offending value, what is allowed, and a hint.</summary>
/// <remarks>
/// <para>Rendered as <c>file:line:column: error SC1001: message hint</c>, for example
/// <c>scenario.yaml:14:9: error SC1203: actors[3].stances.gaza.salience = 1.7 is outside [0, 1]. Salience is a share; did you mean 0.17?</c>.
/// Codes and message templates live in <c>DiagnosticCatalog</c>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code such as <c>SC1203</c>.</param>
/// <param name="Message">The complete sentence describing the problem, without location or hint.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>Gets the file name as the user gave it, if any.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line, if known.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the 1-based column, if known.</summary>
    public int? Column { get; init; }

    /// <summary>Gets the field path, e.g. <c>actors[3].capability</c>.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the offending value as written.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the allowed range or values, e.g. <c>[0, 1]</c>.</summary>
    public string? Allowed { get; init; }

    /// <summary>Gets a hint on how to fix it, e.g. "did you mean 0.17?".</summary>
    public string? Hint { get; init; }

    /// <summary>Gets the text of the offending line, for a caret display.</summary>
    public string? SourceLine { get; init; }

    /// <summary>Gets the location as <c>file:line:column</c>, omitting what is unknown.</summary>
    public string Location
    {
        get
        {
            var sb = new StringBuilder(File ?? "<input>");
            if (Line is { } line)
            {
                sb.Append(CultureInfo.InvariantCulture, $":{line}");
                if (Column is { } column)
                {
                    sb.Append(CultureInfo.InvariantCulture, $":{column}");
                }
            }

            return sb.ToString();
        }
    }

    /// <summary>Renders the diagnostic on one line.</summary>
    /// <returns><c>location: severity code: message hint</c>.</returns>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = string.IsNullOrEmpty(Hint) ? string.Empty : " " + Hint;
        return $"{Location}: {severity} {Code}: {Message}{hint}";
    }
}
