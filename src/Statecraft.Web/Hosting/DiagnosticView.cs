using System.Globalization;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Web.Hosting;

/// <summary>A diagnostic as the pages show it: its parts, and the line <c>statecraft validate</c> prints.</summary>
internal sealed record DiagnosticView(string Severity, string Code, string Message, int? Line, int? Column, string? Field, string? Value, string? Allowed, string? Hint, string Location, string Text)
{
    /// <summary>The most diagnostics a page is sent for one file; the rest are counted in a closing note, as
    /// <c>statecraft validate</c> counts them (a damaged file can carry a hundred thousand errors).</summary>
    internal const int MaxShown = 100;

    /// <summary>The first <see cref="MaxShown"/> diagnostics and, when there are more, a note (severity <c>note</c>)
    /// that counts the rest.</summary>
    public static List<DiagnosticView> Shown(IEnumerable<Diagnostic> diagnostics)
    {
        var shown = new List<DiagnosticView>();
        var (errors, warnings) = (0, 0);
        foreach (var d in diagnostics)
        {
            if (shown.Count < MaxShown)
            {
                shown.Add(From(d));
            }
            else if (d.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }

        if (errors + warnings > 0)
        {
            var both = errors > 0 && warnings > 0 ? " and " : string.Empty;
            var text = $"… {More(errors, "error")}{both}{More(warnings, "warning")} not shown; the first {MaxShown} are above.";
            shown.Add(new DiagnosticView("note", string.Empty, text, null, null, null, null, null, null, string.Empty, text));
        }

        return shown;
    }

    public static DiagnosticView From(Diagnostic d)
    {
        var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = string.IsNullOrEmpty(d.Hint) ? string.Empty : " " + d.Hint;
        var text = string.Create(CultureInfo.InvariantCulture, $"{d.Location}: {severity} {d.Code}: {d.Message}{hint}");
        return new DiagnosticView(severity, d.Code, d.Message, d.Line, d.Column, d.Field, d.Value, d.Allowed, d.Hint, d.Location, text);
    }

    private static string More(int count, string what) =>
        count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{count:N0} more {what}{(count == 1 ? string.Empty : "s")}");
}
