using System.Globalization;
using Spectre.Console;
using Statecraft.Runs;

namespace Statecraft.Cli.Rendering;

/// <summary>The terminal views of <c>statecraft sensitivity</c>: one-at-a-time swings, Sobol indices, or before/after a what-if.</summary>
internal static class SensitivityTable
{
    public static void Render(IAnsiConsole console, LoadedScenario loaded, ExecutedRun run, int top)
    {
        console.MarkupLine($"[bold]{Markup.Escape(loaded.Scenario.Metadata.Title)}[/]  [dim]({Markup.Escape(loaded.Name)})[/]");
        if (run.WhatIf is { } whatIf)
        {
            console.MarkupLine($"[dim]What if: {Markup.Escape(string.Join("; ", whatIf.Shocks.Select(s => s.Description)))} (model {Markup.Escape(whatIf.Before.Model)})[/]");
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Issue");
            table.AddColumn(new TableColumn("Before").RightAligned());
            table.AddColumn(new TableColumn("After").RightAligned());
            table.AddColumn(new TableColumn("Change").RightAligned());
            foreach (var c in whatIf.Changes)
            {
                table.AddRow(Markup.Escape(c.IssueId), Num(c.Before), Num(c.After), c.Delta is { } d ? d.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : "undefined");
            }

            console.Write(table);
            return;
        }

        if (run.OneAtATime is { } oat)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]One at a time (model {oat.Model}): position ±{oat.Options.PositionStep:P0} of the scale, salience ±{oat.Options.SalienceStep}, capability ÷/× {oat.Options.CapabilityFactor}. Largest swing first.[/]"));
            foreach (var issue in oat.Issues)
            {
                var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(issue.IssueId)}[/]: forecast {Num(issue.Baseline)}");
                table.AddColumn("Input");
                table.AddColumn(new TableColumn("Low → high input").RightAligned());
                table.AddColumn(new TableColumn("Forecast low → high").RightAligned());
                table.AddColumn(new TableColumn("Swing").RightAligned());
                foreach (var e in issue.Effects.Take(top))
                {
                    table.AddRow(
                        Markup.Escape(e.Input.Name),
                        $"{ForecastTable.Num(e.LowValue)} → {ForecastTable.Num(e.HighValue)}",
                        $"{Num(e.LowForecast)} → {Num(e.HighForecast)}",
                        Num(e.Swing));
                }

                console.Write(table);
            }

            return;
        }

        var sobol = run.Sobol!;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]Sobol indices (model {sobol.Model}, N = {sobol.Samples}, Saltelli/Jansen estimators, ± one standard error). Largest first-order index first.[/]"));
        foreach (var issue in sobol.Issues)
        {
            var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(issue.IssueId)}[/]: variance {Num(issue.Variance)}");
            table.AddColumn("Input");
            table.AddColumn(new TableColumn("First-order S").RightAligned());
            table.AddColumn(new TableColumn("Total S_T").RightAligned());
            foreach (var i in issue.Indices.Take(top))
            {
                table.AddRow(Markup.Escape(i.Input.Name), Index(i.First, i.FirstError), Index(i.Total, i.TotalError));
            }

            console.Write(table);
        }
    }

    private static string Index(double? value, double? error) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.000} ± {error ?? 0:0.000}") : "undefined";

    private static string Num(double? v) => v is { } x ? ForecastTable.Num(x) : "undefined";
}
