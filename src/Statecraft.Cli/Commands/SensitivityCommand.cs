using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Runs;
using Statecraft.Storage;

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
        if (settings.Shard is { } shard)
        {
            return ShardOption.Execute(console, loaded, request, shard, settings.ShardOut!, cancellationToken);
        }

        var run = MonteCarloForecast.WithProgress(console, RunRequests.Work(request), p => RunExecutor.Execute(loaded.Scenario, request, p, cancellationToken));
        return Present(console, loaded, request, run, settings.Format, settings.Top, settings.Store, settings.NoStore);
    }

    /// <summary>Shows a finished sensitivity run (table or JSON) and saves it in the run store; also the output of <c>statecraft merge</c>.</summary>
    public static int Present(IAnsiConsole console, LoadedScenario loaded, RunRequest request, ExecutedRun run, string format, int? top, string? store, bool noStore)
    {
        var json = format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (json)
        {
            console.Profile.Out.Writer.Write(run.Json);
        }
        else
        {
            SensitivityTable.Render(console, loaded, run, top ?? SensitivitySettings.DefaultTop);
        }

        if (!noStore)
        {
            CommandOutput.ReportSaved(console, json, StoreWriter.Save(store, loaded.Scenario, request, run));
        }

        return ExitCodes.Ok;
    }
}
