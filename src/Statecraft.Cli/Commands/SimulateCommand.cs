using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Reports;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft simulate [SCENARIO]</c>: couples a bargaining model with the scenario's domestic arena (MODELS.md §6) and reports every round.</summary>
internal sealed class SimulateCommand(IAnsiConsole console) : Command<SimulateSettings>
{
    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Scenario, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var model = ModelResolver.Resolve(settings.Model);
        var modelSettings = ModelResolver.Settings(loaded.Scenario, model, preset: null, rounds: null, settings.Set);
        var coupling = loaded.Scenario.Arena?.Coupling ?? ModelSettings.Empty;
        if (settings.Rounds is { } rounds)
        {
            coupling = coupling.With("rounds", rounds.ToString(CultureInfo.InvariantCulture));
        }

        var options = TwoFrontOptions.FromSettings(coupling);
        var seed = settings.Seed ?? loaded.Scenario.Seed ?? 42UL;
        var runContext = new ModelRunContext(seed) { Cancellation = cancellationToken };
        TwoFrontResult result;
        try
        {
            result = TwoFrontSimulation.Run(loaded.Scenario, model, modelSettings, options, runContext);
        }
        catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
        {
            throw new UserInputException(e.Message.Split(" (Parameter", StringSplitOptions.None)[0], e);
        }

        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase) ? TwoFrontJsonWriter.Write(loaded.Name, seed, result) : null;
        CommandOutput.Write(console, json, settings.Out, c => TwoFrontTable.Render(c, loaded, seed, result), fileWidth: 160);
        CommandOutput.ReportWritten(console, settings.Out);

        return ExitCodes.Ok;
    }
}
