using System.Collections.Immutable;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;
using Statecraft.Reports;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft backtest DATA</c>: scores models and naive baselines against the recorded outcomes, or cross-validates them (<c>--cv</c>).</summary>
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
        var runContext = new ModelRunContext(settings.Seed ?? 42UL) { Cancellation = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var manifest = new RunManifest(loaded.Name, loaded.Hash, RunManifest.CurrentToolVersion);
        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (settings.CrossValidation is { } cv)
        {
            var reports = CrossValidate(settings, loaded, models, runContext, cv.ToLowerInvariant());
            var verdicts = reports.Length == 4 ? AcceptanceRule.Evaluate(reports) : (IReadOnlyList<AcceptanceVerdict>?)null;
            CommandOutput.Write(
                console,
                json ? CrossValidationJsonWriter.Write(reports, verdicts, manifest) : null,
                settings.Out,
                c => CrossValidationTable.Render(c, loaded, reports, verdicts),
                fileWidth: 140);
            CommandOutput.ReportWritten(console, settings.Out);
            return ExitCodes.Ok;
        }

        var report = Backtester.Run(loaded.Scenario, models, runContext, NaiveBaseline.All);
        CommandOutput.Write(console, json ? BacktestJsonWriter.Write(report, manifest) : null, settings.Out, c => BacktestTable.Render(c, loaded, report));

        if (settings.Chart is { } chart)
        {
            BacktestChart.Save(report, chart);
        }

        CommandOutput.ReportWritten(console, settings.Out, settings.Chart);

        return ExitCodes.Ok;
    }

    private static ImmutableArray<CrossValidationReport> CrossValidate(
        BacktestSettings settings, LoadedScenario loaded, List<BacktestEntry> models, ModelRunContext runContext, string scheme)
    {
        CrossValidationScheme[] schemes = scheme == "all"
            ? Enum.GetValues<CrossValidationScheme>()
            : [Enum.GetValues<CrossValidationScheme>().Single(s => CrossValidationReport.NameOf(s) == scheme)];
        try
        {
            return CrossValidator.Run(loaded.Scenario, models, schemes, runContext, settings.Repeats ?? 10, settings.Folds ?? 10);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{settings.Data}: --cv {scheme}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }
    }
}
