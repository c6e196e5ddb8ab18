using Spectre.Console;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Runs;
using Statecraft.Storage;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft forecast … --runs N</c>: a Monte Carlo forecast, shown as distributions and saved in the run store.</summary>
internal static class MonteCarloForecast
{
    /// <summary>Runs with at least this many replicates show a progress bar on an interactive terminal.</summary>
    private const int ProgressThreshold = 2000;

    public static int Execute(IAnsiConsole console, LoadedScenario loaded, IForecastModel model, ModelSettings modelSettings, ulong seed, ForecastSettings settings, CancellationToken cancellation)
    {
        var request = RunRequests.MonteCarlo(loaded, model, modelSettings, seed, settings.Runs!.Value, settings.Threads ?? Environment.ProcessorCount);
        if (settings.Shard is { } shard)
        {
            return ShardOption.Execute(console, loaded, request, shard, settings.ShardOut!, cancellation);
        }

        if (!settings.Format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            var run = WithProgress(console, request.Runs, p => RunExecutor.Execute(loaded.Scenario, request, p, cancellation));
            return Present(console, loaded, request, run, settings.Format, settings.Out, settings.Chart, settings.Store, settings.NoStore);
        }

        // CSV rows go out as the replicates complete; no bar when they go to the terminal, where it would cut through them.
        ExecutedRun? streamed = null;
        var issueIds = loaded.Scenario.Issues.Select(i => i.Id);
        CommandOutput.WriteStreamed(console, settings.Out, w => streamed = ProgressDisplay.Run(console, "Monte Carlo", settings.Out is not null && request.Runs >= ProgressThreshold,
            p => RunExecutor.Execute(loaded.Scenario, request, p, cancellation, replicates: new MonteCarloCsv(w, issueIds, request.Seed))));
        return Conclude(console, loaded, request, streamed!, text: true, settings.Out, settings.Chart, settings.Store, settings.NoStore);
    }

    /// <summary>Shows or writes a finished Monte Carlo run (table, JSON or CSV; chart) and saves it in the run store; also the output of <c>statecraft merge</c>.</summary>
    public static int Present(IAnsiConsole console, LoadedScenario loaded, RunRequest request, ExecutedRun run, string format, string? outFile, string? chart, string? store, bool noStore)
    {
        var result = run.MonteCarlo!;
        var kind = format.ToLowerInvariant();
        if (kind == "csv")
        {
            CommandOutput.WriteStreamed(console, outFile, w => MonteCarloCsv.Write(result, w));
        }
        else
        {
            CommandOutput.Write(console, kind == "json" ? run.Json : null, outFile, c => MonteCarloTable.Render(c, loaded.Scenario.Metadata.Title, loaded.Name, result));
        }

        return Conclude(console, loaded, request, run, text: kind is "csv" or "json", outFile, chart, store, noStore);
    }

    /// <summary>Draws the chart, saves the run in the store and says what was written, once the output itself is out.</summary>
    private static int Conclude(IAnsiConsole console, LoadedScenario loaded, RunRequest request, ExecutedRun run, bool text, string? outFile, string? chart, string? store, bool noStore)
    {
        if (chart is not null)
        {
            DistributionChart.Save(loaded.Scenario, run.MonteCarlo!, chart);
        }

        // Messages would corrupt JSON or CSV on standard output, so they are shown only with a table or a file.
        var quiet = text && outFile is null;
        if (!noStore)
        {
            CommandOutput.ReportSaved(console, quiet, StoreWriter.Save(store, loaded.Scenario, request, run));
        }

        if (!quiet)
        {
            CommandOutput.ReportWritten(console, outFile, chart);
        }

        return ExitCodes.Ok;
    }

    internal static T WithProgress<T>(IAnsiConsole console, int runs, Func<IProgress<double>?, T> work) =>
        ProgressDisplay.Run(console, "Monte Carlo", runs >= ProgressThreshold, work);
}
