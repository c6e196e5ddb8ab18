using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft sensitivity [SCENARIO]</c>: ranks the inputs that move each forecast, or compares before and after <c>--shock</c>s.</summary>
internal sealed class SensitivityCommand(IAnsiConsole console) : Command<SensitivitySettings>
{
    public override int Execute(CommandContext context, SensitivitySettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Scenario, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var model = ModelResolver.Resolve(settings.Model);
        var modelSettings = ModelResolver.Settings(loaded.Scenario, model, settings.Preset, settings.Rounds, settings.Set);
        var seed = ForecastRunner.Seed(loaded, settings.Seed);
        var sobol = settings.Method.Equals("sobol", StringComparison.OrdinalIgnoreCase);
        var request = RunRequests.Sensitivity(loaded, model, modelSettings, seed, sobol, settings.Samples ?? SensitivitySettings.DefaultSamples, settings.Shock, settings.Threads ?? Environment.ProcessorCount);
        var run = MonteCarloForecast.WithProgress(console, RunRequests.Work(request), p => RunExecutor.Execute(loaded.Scenario, request, p, cancellationToken));
        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (json)
        {
            console.Profile.Out.Writer.Write(run.Json);
        }
        else
        {
            SensitivityTable.Render(console, loaded, run, settings.Top);
        }

        if (!settings.NoStore)
        {
            CommandOutput.ReportSaved(console, json, StoreWriter.Save(settings.Store, loaded.Scenario, request, run));
        }
        return ExitCodes.Ok;
    }
}
