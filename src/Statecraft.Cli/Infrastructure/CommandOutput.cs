using System.Globalization;
using Spectre.Console;
using Statecraft.Cli.Rendering;
using Statecraft.Runs;
using Statecraft.Scenarios;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Where a command's result goes: JSON or CSV text, or a table; to a file (atomically) or to the terminal.</summary>
internal static class CommandOutput
{
    /// <summary>Writes <paramref name="text"/>, or the table <paramref name="renderTable"/> draws when there is no text.</summary>
    /// <param name="console">The terminal.</param>
    /// <param name="text">The JSON or CSV text, or <see langword="null"/> for the table view.</param>
    /// <param name="outFile">The file to write instead of the terminal, or <see langword="null"/>.</param>
    /// <param name="renderTable">Draws the table view on a console.</param>
    /// <param name="fileWidth">The width of the table written to a file, in columns.</param>
    public static void Write(IAnsiConsole console, string? text, string? outFile, Action<IAnsiConsole> renderTable, int fileWidth = 120)
    {
        if (text is null)
        {
            if (outFile is not null)
            {
                AtomicFile.WriteAllText(outFile, PlainText.Render(renderTable, fileWidth));
            }
            else
            {
                renderTable(console);
            }
        }
        else if (outFile is not null)
        {
            AtomicFile.WriteAllText(outFile, text);
        }
        else
        {
            console.Profile.Out.Writer.Write(text);
        }
    }

    /// <summary>Writes text as <paramref name="write"/> produces it, piece by piece, to <paramref name="outFile"/> (atomically: a temporary file in the same folder, renamed once <paramref name="write"/> returns) or to the terminal.</summary>
    /// <param name="console">The terminal.</param>
    /// <param name="outFile">The file to write instead of the terminal, or <see langword="null"/>.</param>
    /// <param name="write">Writes the whole text; if it throws (or is cancelled), the file is not created and the temporary file is removed.</param>
    public static void WriteStreamed(IAnsiConsole console, string? outFile, Action<TextWriter> write)
    {
        if (outFile is not null)
        {
            AtomicFile.WriteText(outFile, write);
        }
        else
        {
            write(console.Profile.Out.Writer);
            console.Profile.Out.Writer.Flush();
        }
    }

    /// <summary>Says where a run was saved in the run store, unless <paramref name="quiet"/> (JSON or CSV on standard output).</summary>
    /// <param name="console">The terminal.</param>
    /// <param name="quiet">Whether messages would corrupt the output.</param>
    /// <param name="stored">Where the run was saved.</param>
    public static void ReportSaved(IAnsiConsole console, bool quiet, StoredRun stored)
    {
        if (!quiet)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]saved as run {stored.Id} in {Markup.Escape(stored.StorePath)} (statecraft runs show {stored.Id})[/]"));
        }
    }

    /// <summary>Says which files were written ("wrote a.json and b.svg"), when any was.</summary>
    /// <param name="console">The terminal.</param>
    /// <param name="files">The output files; <see langword="null"/> entries were not asked for.</param>
    public static void ReportWritten(IAnsiConsole console, params string?[] files)
    {
        var written = files.Where(f => f is not null).ToArray();
        if (written.Length > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]wrote {Markup.Escape(string.Join(" and ", written))}[/]"));
        }
    }
}
