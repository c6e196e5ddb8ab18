using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft simulate [SCENARIO]</c>: couples a bargaining model with the scenario's domestic arena (§6) and reports every round.</summary>
internal sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Scenario, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var model = ModelResolver.Resolve(settings.Model);
        var modelSettings = ModelResolver.Settings(loaded.Scenario, model, preset: null, rounds: null, settings.Set);
        var seed = ForecastRunner.Seed(loaded, settings.Seed);
        var result = TwoFrontRunner.Run(loaded, model, modelSettings, settings.Rounds, seed, cancellationToken);

        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase) ? TwoFrontJsonWriter.Write(seed, result, ForecastRunner.Manifest(loaded)) : null;
        CommandOutput.Write(console, json, settings.Out, c => TwoFrontTable.Render(c, loaded, seed, result), fileWidth: 160);
        CommandOutput.ReportWritten(console, settings.Out);

        return ExitCodes.Ok;
    }
}
