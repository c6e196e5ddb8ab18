using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest;
using Statecraft.Reports;

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

        var (parameters, seed, source) = Parameters(settings);
        var options = Model.Unrest.Options.UnrestSettings.Read(parameters);
        var preset = parameters.GetString("preset", "statecraft");
        // About 10 million site-ticks take a second on one core: show a bar beyond that.
        var work = (double)options.Width * options.Height * settings.Ticks;
        var run = ProgressDisplay.Run(console, "Unrest", work >= 2e7, p => new UnrestModel(options).Run(settings.Ticks, seed, p, cancellationToken));

        var text = settings.Format.ToLowerInvariant() switch
        {
            "json" => UnrestReportWriter.Json(run, preset, parameters),
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
    private static (ModelSettings Parameters, ulong Seed, string Source) Parameters(UnrestCommandSettings s)
    {
        var parameters = ModelSettings.Empty;
        ulong? seed = null;
        var source = "preset " + (s.Preset ?? "statecraft").ToLowerInvariant() + (s.Run is { } r ? string.Create(CultureInfo.InvariantCulture, $", run {r}") : string.Empty);
        if (s.Scenario is not null)
        {
            var loaded = ScenarioResolver.Resolve(s.Scenario, ScenarioResolver.ReadOptions(s.InputFormat, s.Capability, s.Weights));
            var arena = loaded.Scenario.Arena
                ?? throw new UserInputException($"The scenario '{loaded.Name}' has no arena: section, so it has no unrest parameters; run 'statecraft unrest' without a scenario, or add an arena (docs/formats/yaml.md).");
            parameters = arena.Unrest;
            seed = arena.Seed ?? loaded.Scenario.Seed;
            source = $"{loaded.Name}, arena of {arena.RegimeId}";
        }

        parameters = s.WithFlags(parameters, ("preset", s.Preset?.ToLowerInvariant()), ("run", s.Run), ("legitimacy-law", s.LegitimacyLaw));
        return (parameters, s.Seed ?? seed ?? 42UL, source);
    }
}
