using System.Collections.Immutable;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Validation;

/// <summary>Collects the diagnostics of one file, stamping each with the file name, position and source line.</summary>
/// <remarks>Not thread-safe: one bag per read.</remarks>
internal sealed class DiagnosticBag(string fileName, string text)
{
    private readonly List<Diagnostic> _items = [];
    private string[]? _lines;

    public string FileName { get; } = fileName;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns whether an error about <paramref name="field"/> was already reported (e.g. a value that did
    /// not parse), so that the validator does not also call it missing.</summary>
    public bool HasErrorFor(string field) => _items.Any(d => d.Severity == DiagnosticSeverity.Error && d.Field == field);

    public void Add(Diagnostic diagnostic, SourceSpan at)
    {
        var d = diagnostic with { File = FileName };
        if (at.IsKnown)
        {
            d = d with { Line = at.Line, Column = at.Column > 0 ? at.Column : null, SourceLine = LineText(at.Line) };
        }

        _items.Add(d);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            _items.Add(d);
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
