using System.Globalization;

namespace Statecraft.Scenarios.Validation;

/// <summary>How many of a file's diagnostics are shown, and the note that counts the rest: a damaged file can carry a
/// hundred thousand errors, and printing them all once took longer than reading the file. The command line and the web
/// app show the same first <see cref="MaxShown"/> and the same note.</summary>
public static class DiagnosticLimit
{
    /// <summary>The most diagnostics shown for one file.</summary>
    public const int MaxShown = 100;

    /// <summary>Splits <paramref name="diagnostics"/> into the first <see cref="MaxShown"/> and, when there are more, a
    /// note counting the rest by severity ("… 102,168 more errors not shown; the first 100 are above.").</summary>
    /// <param name="diagnostics">A file's diagnostics, in the order they are shown.</param>
    /// <returns>The diagnostics to show, and the note, or <see langword="null"/> when every one is shown.</returns>
    public static (IReadOnlyList<Diagnostic> Shown, string? NotShown) Split(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var shown = new List<Diagnostic>();
        var (errors, warnings) = (0, 0);
        foreach (var d in diagnostics)
        {
            if (shown.Count < MaxShown)
            {
                shown.Add(d);
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

        if (errors + warnings == 0)
        {
            return (shown, null);
        }

        var both = errors > 0 && warnings > 0 ? " and " : string.Empty;
        return (shown, string.Create(CultureInfo.InvariantCulture, $"… {More(errors, "error")}{both}{More(warnings, "warning")} not shown; the first {MaxShown} are above."));
    }

    private static string More(int count, string what) =>
        count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{count:N0} more {what}{(count == 1 ? string.Empty : "s")}");
}
