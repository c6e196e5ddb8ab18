using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;
using Statecraft.Reports;

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

        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? BacktestJsonWriter.Write(report, new RunManifest(loaded.Name, loaded.Hash, RunManifest.CurrentToolVersion))
            : null;
        CommandOutput.Write(console, json, settings.Out, c => BacktestTable.Render(c, loaded, report));

        if (settings.Chart is { } chart)
        {
            BacktestChart.Save(report, chart);
        }

        CommandOutput.ReportWritten(console, settings.Out, settings.Chart);

        return ExitCodes.Ok;
    }
}
