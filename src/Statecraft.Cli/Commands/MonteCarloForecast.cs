using Spectre.Console;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft forecast … --runs N</c>: a Monte Carlo forecast, shown as distributions and saved in the run store.</summary>
internal static class MonteCarloForecast
{
    /// <summary>Runs with at least this many replicates show a progress bar on an interactive terminal.</summary>
    private const int ProgressThreshold = 2000;

    public static int Execute(IAnsiConsole console, LoadedScenario loaded, IForecastModel model, ModelSettings modelSettings, ulong seed, ForecastSettings settings, CancellationToken cancellation)
    {
        var request = RunRequests.MonteCarlo(loaded, model, modelSettings, seed, settings.Runs!.Value, settings.Threads ?? Environment.ProcessorCount);
        var run = WithProgress(console, request.Runs, p => RunExecutor.Execute(loaded.Scenario, request, p, cancellation));
        var result = run.MonteCarlo!;
        var format = settings.Format.ToLowerInvariant();
        var text = format switch
        {
            "json" => run.Json,
            "csv" => MonteCarloCsv.Write(result),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => MonteCarloTable.Render(c, loaded.Scenario.Metadata.Title, loaded.Name, result));

        if (settings.Chart is { } chart)
        {
            DistributionChart.Save(loaded.Scenario, result, chart);
        }

        // Messages would corrupt JSON or CSV on standard output, so they are shown only with a table or a file.
        var quiet = text is not null && settings.Out is null;
        if (!settings.NoStore)
        {
            CommandOutput.ReportSaved(console, quiet, StoreWriter.Save(settings.Store, loaded.Scenario, request, run));
        }
        if (!quiet)
        {
            CommandOutput.ReportWritten(console, settings.Out, settings.Chart);
        }

        return ExitCodes.Ok;
    }

    internal static T WithProgress<T>(IAnsiConsole console, int runs, Func<IProgress<double>?, T> work) =>
        ProgressDisplay.Run(console, "Monte Carlo", runs >= ProgressThreshold, work);
}
