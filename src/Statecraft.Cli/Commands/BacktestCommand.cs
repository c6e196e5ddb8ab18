using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft backtest DATA</c>: scores models and naive baselines against the recorded outcomes, or cross-validates them (<c>--cv</c>).</summary>
internal sealed class BacktestCommand(IAnsiConsole console) : Command<BacktestSettings>
{
    public override int Execute(CommandContext context, BacktestSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Data, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (settings.CrossValidation is { } cv)
        {
            var (reports, verdicts) = BacktestRunner.CrossValidate(loaded, settings.Models, cv, settings.Seed, settings.Repeats, settings.Folds, cancellationToken);
            CommandOutput.Write(
                console,
                json ? CrossValidationJsonWriter.Write(reports, verdicts, ForecastRunner.Manifest(loaded)) : null,
                settings.Out,
                c => CrossValidationTable.Render(c, loaded, reports, verdicts),
                fileWidth: 140);
            CommandOutput.ReportWritten(console, settings.Out);
            return ExitCodes.Ok;
        }

        var report = BacktestRunner.Run(loaded, settings.Models, settings.Seed, cancellationToken);
        CommandOutput.Write(console, json ? BacktestJsonWriter.Write(report, ForecastRunner.Manifest(loaded)) : null, settings.Out, c => BacktestTable.Render(c, loaded, report));

        if (settings.Chart is { } chart)
        {
            BacktestChart.Save(report, chart);
        }

        CommandOutput.ReportWritten(console, settings.Out, settings.Chart);

        return ExitCodes.Ok;
    }
}
