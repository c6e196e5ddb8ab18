using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Uncertainty;
using Statecraft.Reports;

namespace Statecraft.Cli.Rendering;

/// <summary>The terminal view of a Monte Carlo forecast: per issue the deterministic forecast, the distribution and a text histogram.</summary>
internal static class MonteCarloTable
{
    public static void Render(IAnsiConsole console, string title, string source, MonteCarloResult result)
    {
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]  [dim]({Markup.Escape(source)}, model {Markup.Escape(result.Model)}, {result.Runs.ToString(CultureInfo.InvariantCulture)} runs, seed {result.Seed.ToString(CultureInfo.InvariantCulture)})[/]");
        console.MarkupLine("[dim]Scenario exploration, not a prediction: the spread shows what the model makes of the stated doubt about its inputs.[/]");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Issue");
        table.AddColumn(new TableColumn("Point").RightAligned());
        table.AddColumn(new TableColumn("Mean").RightAligned());
        table.AddColumn(new TableColumn("P10").RightAligned());
        table.AddColumn(new TableColumn("P50").RightAligned());
        table.AddColumn(new TableColumn("P90").RightAligned());
        table.AddColumn(new TableColumn("Histogram, min → max").NoWrap());
        foreach (var d in result.Issues)
        {
            var histogram = $"|{HistogramText.Sparkline(d.Histogram)}|";
            if (d.Undefined > 0)
            {
                histogram += $" {d.Undefined.ToString(CultureInfo.InvariantCulture)} undefined";
            }

            table.AddRow(Markup.Escape(IssueLabel.Breakable(d.IssueId)), Num(d.Baseline), Num(d.Mean), Num(d.P10), Num(d.P50), Num(d.P90), Markup.Escape(histogram));
        }

        console.Write(table);
        var regions = new Table().Border(TableBorder.Simple).Title("[bold]Probability by region of the scale[/]");
        regions.AddColumn("Issue");
        regions.AddColumn("Region");
        regions.AddColumn(new TableColumn("Probability").RightAligned());
        foreach (var d in result.Issues)
        {
            foreach (var r in d.Regions)
            {
                regions.AddRow(Markup.Escape(d.IssueId), Markup.Escape(r.Bounds.Name), r.Probability.ToString("0.0%", CultureInfo.InvariantCulture));
            }
        }

        console.Write(regions);
        console.MarkupLine("[dim]Point = the deterministic forecast of the unperturbed scenario; P10–P90 holds eight runs in ten (docs/uncertainty.md).[/]");
    }

    private static string Num(double? v) => v is { } x ? ForecastTable.Num(x) : "undefined";
}
