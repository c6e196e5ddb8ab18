using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Backtesting;
using Statecraft.Runs;

namespace Statecraft.Cli.Rendering;

/// <summary>The terminal view of a backtest: one row per model and baseline, with the MAE per subset.</summary>
internal static class BacktestTable
{
    public static void Render(IAnsiConsole console, LoadedScenario loaded, BacktestReport report)
    {
        console.MarkupLine($"[bold]Backtest on {Markup.Escape(loaded.Scenario.Metadata.Title)}[/]  [dim]({Markup.Escape(loaded.Name)})[/]");
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[dim]{report.IssuesWithOutcome} of {report.Issues} issues have an outcome; models run per group ({report.Groups} groups). Errors on the 0–100 scale.[/]"));
        var subsets = report.Results.SelectMany(r => r.Subsets.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Model");
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(new TableColumn("MAE").RightAligned());
        table.AddColumn(new TableColumn("Median AE").RightAligned());
        table.AddColumn(new TableColumn("RMSE").RightAligned());
        foreach (var s in subsets)
        {
            table.AddColumn(new TableColumn($"MAE {Markup.Escape(s)} (n)").RightAligned());
        }

        foreach (var r in report.Results)
        {
            var cells = new List<string>
            {
                r.IsBaseline ? $"[dim]{Markup.Escape(r.Model)} (baseline)[/]" : $"[bold]{Markup.Escape(r.Model)}[/]",
                r.Overall.N.ToString(CultureInfo.InvariantCulture),
                Num(r.Overall.MeanAbsoluteError),
                Num(r.Overall.MedianAbsoluteError),
                Num(r.Overall.RootMeanSquaredError),
            };
            foreach (var s in subsets)
            {
                cells.Add(r.Subsets.TryGetValue(s, out var e) ? $"{Num(e.MeanAbsoluteError)} ({e.N.ToString(CultureInfo.InvariantCulture)})" : "–");
            }

            table.AddRow([.. cells.Select(c => new Markup(c))]);
        }

        console.Write(table);
        foreach (var r in report.Results.Where(r => !r.Failures.IsEmpty))
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[yellow]{Markup.Escape(r.Model)} gave no forecast on {r.Failures.Length} group(s)[/], e.g. {Markup.Escape(r.Failures[0])}"));
        }

        console.MarkupLine("[dim]Nothing here is held out. --cv validates out of sample, with intervals, CRPS and the acceptance rule (docs/backtest.md).[/]");
    }

    private static string Num(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
