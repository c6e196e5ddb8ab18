using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft backtest DATA</c>: scores models and naive baselines against the recorded outcomes.</summary>
internal sealed class BacktestCommand(IAnsiConsole console) : Command<BacktestSettings>
{
    public override int Execute(CommandContext context, BacktestSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Data, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var report = BacktestRunner.Run(loaded, settings.Models, settings.Seed, cancellationToken);

        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? BacktestJsonWriter.Write(report, ForecastRunner.Manifest(loaded))
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
