using System.Globalization;
using Spectre.Console;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft forecast … --runs N</c>: a Monte Carlo forecast, shown as distributions and saved in the run store.</summary>
internal static class MonteCarloForecast
{
    /// <summary>Runs with at least this many replicates show a progress bar on an interactive terminal.</summary>
    private const int ProgressThreshold = 2000;

    public static int Execute(IAnsiConsole console, LoadedScenario loaded, IForecastModel model, ModelSettings modelSettings, ulong seed, ForecastSettings settings, CancellationToken cancellation)
    {
        var request = new RunRequest(RunKinds.MonteCarlo, model.Name, modelSettings, seed)
        {
            Source = loaded.Name,
            Runs = settings.Runs!.Value,
            Threads = settings.Threads ?? Environment.ProcessorCount,
        };
        var run = WithProgress(console, request.Runs, p => RunExecutor.Execute(loaded.Scenario, request, p, cancellation));
        var result = run.MonteCarlo!;
        var format = settings.Format.ToLowerInvariant();
        var text = format switch
        {
            "json" => run.Json,
            "csv" => Csv(result),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => MonteCarloTable.Render(c, loaded.Scenario.Metadata.Title, loaded.Name, result));

        if (settings.Chart is { } chart)
        {
            DistributionChart.Save(loaded.Scenario, result, chart);
        }

        // Messages would corrupt JSON or CSV on standard output, so they are shown only with a table or a file.
        var quiet = text is not null && settings.Out is null;
        StoreWriter.Save(console, settings.Store, settings.NoStore, quiet, loaded.Scenario, request, run);
        if (!quiet)
        {
            CommandOutput.ReportWritten(console, settings.Out, settings.Chart);
        }

        return ExitCodes.Ok;
    }

    internal static T WithProgress<T>(IAnsiConsole console, int runs, Func<IProgress<double>?, T> work) =>
        ProgressDisplay.Run(console, "Monte Carlo", runs >= ProgressThreshold, work);

    private static string Csv(Model.Uncertainty.MonteCarloResult result)
    {
        var sb = new System.Text.StringBuilder("replicate,seed,issue,value\n");
        foreach (var row in RunRecorder.Samples(result))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{row.Replicate},{row.Seed},{row.IssueId},{(row.Value is { } v ? ForecastJsonWriter.Format(v) : string.Empty)}\n");
        }

        return sb.ToString();
    }
}
