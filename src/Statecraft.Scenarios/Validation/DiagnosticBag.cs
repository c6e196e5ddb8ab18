using System.Collections.Immutable;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Validation;

/// <summary>Collects the diagnostics of one file, stamping each with the file name, position and source line.</summary>
/// <remarks>Not thread-safe: one bag per read.</remarks>
internal sealed class DiagnosticBag(string fileName, string text)
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<string> _fieldsWithErrors = new(StringComparer.Ordinal);
    private int _errors;
    private string[]? _lines;

    public string FileName { get; } = fileName;

    public bool HasErrors => _errors > 0;

    /// <summary>Returns whether an error about <paramref name="field"/> was already reported (e.g. a value that did
    /// not parse), so that the validator does not also call it missing.</summary>
    public bool HasErrorFor(string field) => _fieldsWithErrors.Contains(field);

    public void Add(Diagnostic diagnostic, SourceSpan at)
    {
        var d = diagnostic with { File = FileName };
        if (at.IsKnown)
        {
            d = d with { Line = at.Line, Column = at.Column > 0 ? at.Column : null, SourceLine = LineText(at.Line) };
        }

        Keep(d);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Keep(d);
        }
    }

    // Counted as they come, so that HasErrors and HasErrorFor stay constant-time: a damaged file can carry a hundred
    // thousand errors, and the readers ask after each field.
    private void Keep(Diagnostic d)
    {
        _items.Add(d);
        if (d.Severity == DiagnosticSeverity.Error)
        {
            _errors++;
            if (d.Field is { } field)
            {
                _fieldsWithErrors.Add(field);
            }
        }
    }

    /// <summary>Returns the diagnostics sorted by position (unknown positions first), then code, keeping report order for ties.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items.Select((d, k) => (d, k))
            .OrderBy(p => p.d.Line ?? 0).ThenBy(p => p.d.Column ?? 0).ThenBy(p => p.k)
            .Select(p => p.d)];

    private string? LineText(int line)
    {
        _lines ??= text.Split('\n');
        return line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null;
    }
}
