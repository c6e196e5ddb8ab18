using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft forecast [SCENARIO]</c>: runs a model and prints or writes its forecast.</summary>
internal sealed class ForecastCommand(IAnsiConsole console, ErrorConsole error) : Command<ForecastSettings>
{
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Scenario, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var model = ModelResolver.Resolve(settings.Model);
        var modelSettings = ModelResolver.Settings(loaded.Scenario, model, settings.Preset, settings.Rounds, settings.Set);
        var seed = ForecastRunner.Seed(loaded, settings.Seed);
        var large = ModelScale.Check(loaded.Scenario, model.Name);
        if (large is not null)
        {
            error.Warn(large);
        }

        if (settings.Runs is not null)
        {
            return MonteCarloForecast.Execute(console, loaded, model, modelSettings, seed, settings, cancellationToken);
        }

        var forecast = ProgressDisplay.Run(console, $"Forecast ({model.Name})", large is not null, p => ForecastRunner.Run(loaded, model, modelSettings, seed, cancellationToken, p));
        var manifest = ForecastRunner.Manifest(loaded);

        var text = settings.Format.ToLowerInvariant() switch
        {
            "json" => ForecastJsonWriter.Write(loaded.Scenario, forecast, manifest),
            "csv" => ForecastCsvWriter.Write(loaded.Scenario, forecast),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => ForecastTable.Render(c, loaded, forecast));

        if (settings.Chart is { } chart)
        {
            ForecastChart.Save(loaded.Scenario, forecast, chart);
        }

        CommandOutput.ReportWritten(console, settings.Out, settings.Chart);

        return ExitCodes.Ok;
    }
}
