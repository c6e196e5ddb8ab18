using System.Globalization;
using Spectre.Console;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.InterEthnic;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft unrest --model ii</c>: runs Epstein's Model II (inter-group violence) and reports both groups per tick.</summary>
internal static class InterEthnicUnrest
{
    public static int Execute(IAnsiConsole console, UnrestCommandSettings settings)
    {
        if (settings.Scenario is not null)
        {
            throw new UserInputException("Model II does not read a scenario's arena; run 'statecraft unrest --model ii' with --run and --set instead (docs/models/unrest.md).");
        }

        var parameters = Parameters(settings);
        var options = InterEthnicSettings.Read(parameters);
        var runName = parameters.GetString("run", "ii-genocide").ToLowerInvariant();
        var seed = settings.Seed ?? 42UL;
        var run = new InterEthnicModel(options).Run(settings.Ticks, seed);

        var text = settings.Format.ToLowerInvariant() switch
        {
            "json" => InterEthnicReportWriter.Json(run, runName, parameters, RunManifest.WithoutScenario),
            "csv" => InterEthnicReportWriter.Csv(run.Ticks),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => InterEthnicTable.Render(c, runName, parameters, run));

        if (settings.Chart is { } chart)
        {
            InterEthnicChart.Save(run, string.Create(CultureInfo.InvariantCulture, $"Model II, {runName}: Blue and Green (seed {seed})"), chart);
        }

        CommandOutput.ReportWritten(console, settings.Out, settings.Chart);

        return ExitCodes.Ok;
    }

    /// <summary>The Model II options as kebab-case settings: the named run, the shared flags, then every <c>--set</c>.</summary>
    private static ModelSettings Parameters(UnrestCommandSettings s) =>
        s.WithFlags(ModelSettings.Empty, ("run", s.Run?.ToLowerInvariant()));
}
