using System.Collections.Immutable;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
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
        var seed = settings.Seed ?? loaded.Scenario.Seed ?? 42UL;
        var shocks = settings.Shock.Select(s => s.Trim()).ToImmutableArray();
        foreach (var s in shocks)
        {
            ShockParser.Parse(s);
        }

        var samples = settings.Samples ?? SensitivitySettings.DefaultSamples;
        var sobol = settings.Method.Equals("sobol", StringComparison.OrdinalIgnoreCase);
        var kind = shocks.IsEmpty ? (sobol ? RunKinds.Sobol : RunKinds.OneAtATime) : RunKinds.WhatIf;
        var request = new RunRequest(kind, model.Name, modelSettings, seed)
        {
            Source = loaded.Name,
            Threads = settings.Threads ?? Environment.ProcessorCount,
            Samples = kind == RunKinds.Sobol ? samples : 0,
            Shocks = shocks,
        };
        var run = MonteCarloForecast.WithProgress(console, kind == RunKinds.Sobol ? samples * 10 : 0, p => RunExecutor.Execute(loaded.Scenario, request, p, cancellationToken));
        var json = settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (json)
        {
            console.Profile.Out.Writer.Write(run.Json);
        }
        else
        {
            SensitivityTable.Render(console, loaded, run, settings.Top);
        }

        StoreWriter.Save(console, settings.Store, settings.NoStore, json, loaded.Scenario, request, run);
        return ExitCodes.Ok;
    }
}
