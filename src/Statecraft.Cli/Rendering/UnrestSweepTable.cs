using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Unrest;
using Statecraft.Runs;

namespace Statecraft.Cli.Rendering;

/// <summary>Renders an unrest sweep: what was swept, then one row per run (the first <see cref="MaxRows"/>), the CSV's main columns.</summary>
internal static class UnrestSweepTable
{
    /// <summary>At most this many runs are shown; <c>--format csv</c> writes them all.</summary>
    public const int MaxRows = 40;

    public static void Render(IAnsiConsole console, UnrestSweepRequest request, double[] rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow("[bold]source[/]", Markup.Escape(request.Source));
        summary.AddRow("[bold]parameters[/]", Markup.Escape(request.Settings.Values.IsEmpty
            ? "(preset defaults)"
            : string.Join(", ", request.Settings.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))));
        summary.AddRow("[bold]sweep[/]", Markup.Escape(string.Create(inv,
            $"seeds={request.SeedsText} ({request.Seeds.Length} seeds) × {request.Points} point(s){string.Concat(request.Grid.Select(a => $", --grid {a.Name}={string.Join(",", a.Values)}"))}: {request.Runs} runs of {request.Ticks} ticks")));
        console.Write(summary);
        console.WriteLine();

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("run").RightAligned())
            .AddColumn(new TableColumn("seed").RightAligned());
        foreach (var axis in request.Grid)
        {
            table.AddColumn(new TableColumn(Markup.Escape(axis.Name)).RightAligned());
        }

        foreach (var name in new[] { "outbursts", "peak active", "at tick", "mean active", "final jailed", "final L" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        var shown = Math.Min(request.Runs, MaxRows);
        for (var r = 0; r < shown; r++)
        {
            var s = UnrestSummary.FromValues(rows.AsSpan(r * UnrestSummary.Width, UnrestSummary.Width));
            var cells = new List<string> { r.ToString(inv), request.Seeds[r % request.Seeds.Length].ToString(inv) };
            cells.AddRange(request.Point(r / request.Seeds.Length).Values.Select(Markup.Escape));
            cells.AddRange([s.Outbursts.ToString(inv), s.PeakActive.ToString(inv), s.PeakTick.ToString(inv), s.MeanActive.ToString("0.00", inv), s.FinalJailed.ToString(inv), s.FinalLegitimacy.ToString("0.0000", inv)]);
            table.AddRow([.. cells]);
        }

        table.Caption(shown == request.Runs
            ? string.Create(inv, $"all {request.Runs} runs; --format csv adds the outburst durations, waiting times and final counts")
            : string.Create(inv, $"the first {shown} of {request.Runs} runs; --format csv writes them all"));
        console.Write(table);
    }
}
