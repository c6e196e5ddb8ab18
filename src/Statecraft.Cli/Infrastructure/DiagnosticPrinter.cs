using Spectre.Console;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Prints diagnostics one per line, with the offending source line and a caret under the column.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var colour = d.Severity == DiagnosticSeverity.Error ? "red" : "yellow";
            var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            var hint = string.IsNullOrEmpty(d.Hint) ? string.Empty : " " + Markup.Escape(d.Hint);
            console.MarkupLine($"{Markup.Escape(d.Location)}: [{colour}]{severity} {Markup.Escape(d.Code)}[/]: {Markup.Escape(d.Message)}[dim]{hint}[/]");
            if (!string.IsNullOrEmpty(d.SourceLine))
            {
                var line = d.SourceLine.TrimEnd('\r', '\n').Replace("\t", " ", StringComparison.Ordinal);
                console.MarkupLine("  [dim]|[/] " + Markup.Escape(line));
                if (d.Column is { } col && col >= 1 && col <= line.Length + 1)
                {
                    console.MarkupLine($"  [dim]|[/] {new string(' ', col - 1)}[{colour}]^[/]");
                }
            }
        }
    }
}
