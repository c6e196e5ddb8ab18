using Spectre.Console;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Prints diagnostics one per line, with the offending source line and a caret under the column.</summary>
/// <remarks>A source line longer than <see cref="MaxExcerpt"/> characters is shown as the window of that many around the
/// column, marked with ellipses, and a message longer than <see cref="MaxMessage"/> characters (one that quotes a
/// megabyte-long id, say) keeps its start and its end around an ellipsis: a file with a line of megabytes gets a message of
/// a few screen lines, in milliseconds.</remarks>
internal static class DiagnosticPrinter
{
    /// <summary>The most characters of a source line shown.</summary>
    internal const int MaxExcerpt = 120;

    /// <summary>The most characters of a message shown.</summary>
    internal const int MaxMessage = 480;

    /// <summary>Prints the first <see cref="DiagnosticLimit.MaxShown"/> diagnostics and a line counting the rest.</summary>
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        var (shown, notShown) = DiagnosticLimit.Split(diagnostics);
        foreach (var d in shown)
        {
            var colour = d.Severity == DiagnosticSeverity.Error ? "red" : "yellow";
            var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            var hint = string.IsNullOrEmpty(d.Hint) ? string.Empty : " " + Markup.Escape(Clip(d.Hint));
            console.MarkupLine($"{Markup.Escape(d.Location)}: [{colour}]{severity} {Markup.Escape(d.Code)}[/]: {Markup.Escape(Clip(d.Message))}[dim]{hint}[/]");
            if (!string.IsNullOrEmpty(d.SourceLine))
            {
                var (line, col) = Excerpt(d.SourceLine.TrimEnd('\r', '\n').Replace("\t", " ", StringComparison.Ordinal), d.Column);
                console.MarkupLine("  [dim]|[/] " + Markup.Escape(line));
                if (col is { } c && c >= 1 && c <= line.Length + 1)
                {
                    console.MarkupLine($"  [dim]|[/] {new string(' ', c - 1)}[{colour}]^[/]");
                }
            }
        }

        if (notShown is not null)
        {
            console.MarkupLine("[dim]" + Markup.Escape(notShown) + "[/]");
        }
    }

    /// <summary>The part of <paramref name="line"/> to show and the caret's column in it.</summary>
    internal static (string Line, int? Column) Excerpt(string line, int? column)
    {
        if (line.Length <= MaxExcerpt)
        {
            return (line, column);
        }

        var at = Math.Clamp((column ?? 1) - 1, 0, line.Length);
        var start = Math.Clamp(at - (MaxExcerpt / 2), 0, line.Length - MaxExcerpt);
        var head = start > 0 ? "…" : string.Empty;
        var tail = start + MaxExcerpt < line.Length ? "…" : string.Empty;
        return (string.Concat(head, line.AsSpan(start, MaxExcerpt), tail), column is null ? null : at - start + 1 + head.Length);
    }

    /// <summary>A message cut to <see cref="MaxMessage"/> characters: its first two thirds and its last third.</summary>
    internal static string Clip(string message) =>
        message.Length <= MaxMessage
            ? message
            : string.Concat(message.AsSpan(0, MaxMessage * 2 / 3), " … ", message.AsSpan(message.Length - (MaxMessage / 3)));
}
