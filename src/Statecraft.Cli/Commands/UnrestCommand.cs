using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft unrest [SCENARIO]</c>: runs Epstein's civil-violence model (a preset/run, or a scenario's arena) and reports per-tick counts.</summary>
internal sealed class UnrestCommand(IAnsiConsole console) : Command<UnrestCommandSettings>
{
    public override int Execute(CommandContext context, UnrestCommandSettings settings, CancellationToken cancellationToken)
    {
        if (settings.IsModelTwo)
        {
            return InterEthnicUnrest.Execute(console, settings);
        }

        var (parameters, seed, source, manifest) = Parameters(settings);
        if (settings.Sweep is not null)
        {
            return UnrestSweepOutput.Execute(console, settings, parameters, source, cancellationToken);
        }

        var options = Model.Unrest.Options.UnrestSettings.Read(parameters);
        var preset = parameters.GetString("preset", "statecraft");
        var run = ProgressDisplay.Run(console, "Unrest", UnrestRunner.IsLong(options, settings.Ticks), p => UnrestRunner.Run(options, settings.Ticks, seed, p, cancellationToken));

        var text = settings.Format.ToLowerInvariant() switch
        {
            "json" => UnrestReportWriter.Json(run, preset, parameters, manifest),
            "csv" => UnrestReportWriter.Csv(run.Ticks),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => UnrestTable.Render(c, source, preset, parameters, run));

        if (settings.Chart is { } chart)
        {
            UnrestChart.Save(run.Ticks, string.Create(CultureInfo.InvariantCulture, $"{source}: civil violence (seed {seed})"), chart);
        }

        CommandOutput.ReportWritten(console, settings.Out, settings.Chart);

        return ExitCodes.Ok;
    }

    /// <summary>The unrest options as kebab-case settings: the scenario arena's (if any), then the command line's on top.</summary>
    private static (ModelSettings Parameters, ulong Seed, string Source, RunManifest Manifest) Parameters(UnrestCommandSettings s)
    {
        var parameters = ModelSettings.Empty;
        var manifest = RunManifest.WithoutScenario;
        ulong? seed = null;
        var source = "preset " + (s.Preset ?? "statecraft").ToLowerInvariant() + (s.Run is { } r ? string.Create(CultureInfo.InvariantCulture, $", run {r}") : string.Empty);
        if (s.Scenario is not null)
        {
            var arena = UnrestRunner.FromScenario(ScenarioResolver.Resolve(s.Scenario, ScenarioResolver.ReadOptions(s.InputFormat, s.Capability, s.Weights)));
            parameters = arena.Parameters;
            seed = arena.Seed;
            source = arena.Description;
            manifest = arena.Manifest;
        }

        parameters = s.WithFlags(parameters, ("preset", s.Preset?.ToLowerInvariant()), ("run", s.Run), ("legitimacy-law", s.LegitimacyLaw));
        return (parameters, s.Seed ?? seed ?? 42UL, source, manifest);
    }
}
