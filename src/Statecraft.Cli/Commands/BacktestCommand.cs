using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;
using Statecraft.Reports;
using Statecraft.Scenarios;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft backtest DATA</c>: scores models and naive baselines against the recorded outcomes.</summary>
internal sealed class BacktestCommand(IAnsiConsole console) : Command<BacktestSettings>
{
    public override int Execute(CommandContext context, BacktestSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Data, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        if (!loaded.Scenario.Issues.Any(i => i.Outcome is not null))
        {
            throw new UserInputException($"{settings.Data}: no issue has a recorded outcome, so there is nothing to score.");
        }

        var models = (settings.Models ?? string.Join(',', ModelCatalog.All.Select(m => m.Name)))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name =>
            {
                var model = ModelResolver.Resolve(name);
                return new BacktestEntry(model, ModelResolver.Settings(loaded.Scenario, model, null, null, []));
            })
            .ToList();
        var runContext = new ModelRunContext(settings.Seed ?? 42UL) { Cancellation = cancellationToken };
        var report = Backtester.Run(loaded.Scenario, models, runContext, NaiveBaseline.All);

        if (settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            var json = BacktestJsonWriter.Write(report, new RunManifest(loaded.Name, loaded.Hash, RunManifest.CurrentToolVersion));
            if (settings.Out is { } outFile)
            {
                AtomicFile.WriteAllText(outFile, json);
            }
            else
            {
                console.Profile.Out.Writer.Write(json);
            }
        }
        else if (settings.Out is { } outFile)
        {
            AtomicFile.WriteAllText(outFile, PlainText.Render(c => BacktestTable.Render(c, loaded, report)));
        }
        else
        {
            BacktestTable.Render(console, loaded, report);
        }

        if (settings.Chart is { } chart)
        {
            BacktestChart.Save(report, chart);
        }

        if (settings.Out is not null || settings.Chart is not null)
        {
            var written = string.Join(" and ", new[] { settings.Out, settings.Chart }.Where(f => f is not null));
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]wrote {Markup.Escape(written)}[/]"));
        }

        return ExitCodes.Ok;
    }
}
