using System.Globalization;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Web.Hosting;

/// <summary>A diagnostic as the pages show it: its parts, and the line <c>statecraft validate</c> prints.</summary>
internal sealed record DiagnosticView(string Severity, string Code, string Message, int? Line, int? Column, string? Field, string? Value, string? Allowed, string? Hint, string Location, string Text)
{
    /// <summary>The first <see cref="DiagnosticLimit.MaxShown"/> diagnostics and, when there are more, a note (severity
    /// <c>note</c>) that counts the rest, as <c>statecraft validate</c> prints them.</summary>
    public static List<DiagnosticView> Shown(IEnumerable<Diagnostic> diagnostics)
    {
        var (shown, notShown) = DiagnosticLimit.Split(diagnostics);
        var views = shown.Select(From).ToList();
        if (notShown is not null)
        {
            views.Add(new DiagnosticView("note", string.Empty, notShown, null, null, null, null, null, null, string.Empty, notShown));
        }

        return views;
    }

    public static DiagnosticView From(Diagnostic d)
    {
        var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = string.IsNullOrEmpty(d.Hint) ? string.Empty : " " + d.Hint;
        var text = string.Create(CultureInfo.InvariantCulture, $"{d.Location}: {severity} {d.Code}: {d.Message}{hint}");
        return new DiagnosticView(severity, d.Code, d.Message, d.Line, d.Column, d.Field, d.Value, d.Allowed, d.Hint, d.Location, text);
    }
}
