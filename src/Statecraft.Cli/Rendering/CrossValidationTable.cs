using System.Globalization;
using Spectre.Console;
using Statecraft.Runs;
using Statecraft.Model.Backtesting;

namespace Statecraft.Cli.Rendering;

/// <summary>The terminal view of a cross-validated backtest: per scheme, one row per model and split, then the acceptance verdicts.</summary>
internal static class CrossValidationTable
{
    public static void Render(IAnsiConsole console, LoadedScenario loaded, IReadOnlyList<CrossValidationReport> reports, IReadOnlyList<AcceptanceVerdict>? verdicts)
    {
        console.MarkupLine($"[bold]Cross-validated backtest on {Markup.Escape(loaded.Scenario.Metadata.Title)}[/]  [dim]({Markup.Escape(loaded.Name)})[/]");
        if (reports.Count > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[dim]{reports[0].Issues} issues with an outcome in {reports[0].Groups} proposals. On 0–100: MAE; gain = compromise MAE − model MAE, ± its standard error clustered by proposal; 80% interval coverage and mean width; CRPS (lower is better).[/]"));
        }

        foreach (var report in reports)
        {
            var title = report.Scheme == CrossValidationScheme.KFold
                ? string.Create(CultureInfo.InvariantCulture, $"--cv kfold ({report.Folds} folds by proposal, repeated {report.Repeats} times)")
                : $"--cv {report.SchemeName}";
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
            table.AddColumn("Model");
            table.AddColumn("Split");
            foreach (var column in new[] { "n", "MAE", "Gain ± SE", "t", "80% cover", "Width", "CRPS" })
            {
                table.AddColumn(new TableColumn(column).RightAligned());
            }

            foreach (var model in report.Models)
            {
                foreach (var row in model.Rows)
                {
                    table.AddRow(
                        new Markup($"[bold]{Markup.Escape(model.Model)}[/]"),
                        new Markup(Markup.Escape(row.Split)),
                        new Markup(row.N.ToString(CultureInfo.InvariantCulture)),
                        new Markup(Num(row.MeanAbsoluteError)),
                        new Markup(model.Model == CrossValidator.Reference ? "[dim]reference[/]" : row.Gain is { } g ? $"{Num(g)} ± {Num(row.GainStandardError)}" : "–"),
                        new Markup(Num(row.T)),
                        new Markup(Percent(row.Coverage)),
                        new Markup(Num(row.MeanWidth)),
                        new Markup(Num(row.Crps)));
                }
            }

            console.Write(table);
            foreach (var model in report.Models.Where(m => !m.Failures.IsEmpty))
            {
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"[yellow]{Markup.Escape(model.Model)} gave no forecast on {model.Failures.Length} proposal(s)[/], e.g. {Markup.Escape(model.Failures[0])}"));
            }
        }

        if (verdicts is null)
        {
            console.MarkupLine("[dim]The acceptance rule needs all four schemes: run --cv all.[/]");
            return;
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]Acceptance rule[/] (docs/backtest.md): gain > 0 with t > {AcceptanceRule.MinimumT:0} under proposal and kfold, and never more than {AcceptanceRule.MaximumLoss:0.0} MAE worse on a period or procedure split."));
        foreach (var v in verdicts)
        {
            console.MarkupLine(v.Accepted
                ? $"  [green]{Markup.Escape(v.Model)}: passes[/]"
                : $"  {Markup.Escape(v.Model)}: does not pass ({Markup.Escape(string.Join("; ", v.Failures))})");
        }

        if (!verdicts.Any(v => v.Accepted))
        {
            console.MarkupLine("[bold]No model passes: the compromise is the best point forecast known here.[/]");
        }
    }

    private static string Num(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Percent(double value) => double.IsFinite(value) ? value.ToString("0.0%", CultureInfo.InvariantCulture) : "–";
}
