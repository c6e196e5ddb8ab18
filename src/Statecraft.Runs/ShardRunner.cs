using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Reports;
using Statecraft.Scenarios;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Runs one shard of a Monte Carlo or sensitivity request into a shard file, and merges a folder of shard files into the run the single-machine command would have made.</summary>
/// <remarks>
/// <para>Shards never open the run store, so it never has to live on a network file system; only the merge's caller records
/// the merged run. The shard file format is <see cref="ShardFile"/>; the rows of each kind are those of
/// <see cref="MonteCarloForecaster.RunShard"/>, <see cref="OneAtATimeAnalysis.RunShard"/> and <see cref="SobolAnalysis.RunShard"/>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ShardRunner
{
    /// <summary>Runs shard <paramref name="shard"/> of <paramref name="shards"/> and writes it atomically into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="request">A Monte Carlo, one-at-a-time or Sobol request (<see cref="RunRequests"/>).</param>
    /// <param name="shard">The shard k, 0-based.</param>
    /// <param name="shards">The number of shards M.</param>
    /// <param name="folder">The folder of the run's shard files.</param>
    /// <param name="progress">Receives the done share in [0, 1], or <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the shard between blocks.</param>
    /// <returns>The shard file's path and its header.</returns>
    /// <exception cref="UserInputException">The model is not known, or the kind cannot be split.</exception>
    /// <exception cref="IOException">The shard file could not be written.</exception>
    public static (string Path, ShardHeader Header) Run(Scenario scenario, RunRequest request, int shard, int shards, string folder, IProgress<double>? progress, CancellationToken cancellation)
    {
        var engine = Engine.For(scenario, request);
        var range = ShardRange.Of(engine.Rows, engine.BlockSize, shard, shards);
        var context = new ModelRunContext(request.Seed) { MaxDegreeOfParallelism = request.Threads, Progress = progress, Cancellation = cancellation };
        var rows = engine.RunShard(context, range);
        var text = ScenarioCanonicalForm.Write(scenario);
        var header = new ShardHeader(request, text, ScenarioCanonicalForm.HashText(text), RunManifest.CurrentToolVersion, shard, shards, engine.Rows, engine.BlockSize, engine.Width, range.Start, range.Count);
        return (Write(folder, header, rows), header);
    }

    /// <summary>Writes a shard file atomically into <paramref name="folder"/> (created when missing), named after its shard (<see cref="ShardFile.FileName"/>).</summary>
    /// <param name="folder">The folder of the run's shard files.</param>
    /// <param name="header">The shard's header.</param>
    /// <param name="rows">The shard's values.</param>
    /// <returns>The shard file's path.</returns>
    /// <exception cref="IOException">The shard file could not be written.</exception>
    public static string Write(string folder, ShardHeader header, double[] rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, ShardFile.FileName(header.Shard, header.Shards));
        AtomicFile.Write(path, s => ShardFile.Write(s, header, rows));
        return path;
    }

    /// <summary>Reads and checks the shards in <paramref name="folder"/> and folds them, in global row order, into the run's results.</summary>
    /// <param name="folder">The folder of the run's shard files.</param>
    /// <param name="threads">The threads of the merge; the numbers never depend on it.</param>
    /// <param name="cancellation">Stops the merge.</param>
    /// <returns>The scenario as the shards carry it, the request (with the merge's thread count) and the results, bit-identical to a single-machine run.</returns>
    /// <exception cref="InvalidDataException">A shard is missing, duplicated, truncated, damaged or of another run.</exception>
    public static (LoadedScenario Scenario, RunRequest Request, ExecutedRun Run) Merge(string folder, int threads, CancellationToken cancellation)
    {
        var (header, rows) = ShardSet.Read(folder);
        return Merge(header, rows, threads, cancellation);
    }

    /// <summary>Folds a checked set of shards (<see cref="ShardSet.Read"/>) of a Monte Carlo or sensitivity run into the run's results.</summary>
    /// <param name="header">The first shard's header.</param>
    /// <param name="rows">The rows of every shard, in row order.</param>
    /// <param name="threads">The threads of the merge; the numbers never depend on it.</param>
    /// <param name="cancellation">Stops the merge.</param>
    /// <returns>The scenario as the shards carry it, the request (with the merge's thread count) and the results, bit-identical to a single-machine run.</returns>
    /// <exception cref="InvalidDataException">The shards do not fit the run their header describes.</exception>
    /// <exception cref="UserInputException">The kind cannot be merged into a run (an unrest sweep: <see cref="UnrestSweepRunner.Merge"/>).</exception>
    public static (LoadedScenario Scenario, RunRequest Request, ExecutedRun Run) Merge(ShardHeader header, double[] rows, int threads, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var scenario = ScenarioCanonicalForm.Read(header.ScenarioText);
        var request = header.Request with { Threads = threads };
        var engine = Engine.For(scenario, request);
        if (engine.Rows != header.Rows || engine.Width != header.Width || engine.BlockSize != header.BlockSize)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"merge: the shards hold {header.Rows} rows of {header.Width} values in blocks of {header.BlockSize}, but this run needs {engine.Rows} rows of {engine.Width} in blocks of {engine.BlockSize}."));
        }

        var context = new ModelRunContext(request.Seed) { MaxDegreeOfParallelism = threads, Cancellation = cancellation };
        var manifest = new RunManifest(request.Source, header.ScenarioHash, RunManifest.CurrentToolVersion);
        var run = engine.Merge(context, rows, manifest);
        return (new LoadedScenario(scenario, request.Source, header.ScenarioHash), request, run);
    }

    /// <summary>Says what one shard's rows are, for messages: "replicates", "cases" or "base samples".</summary>
    /// <param name="kind">The request's kind (<see cref="RunKinds"/>).</param>
    /// <returns>The plural noun.</returns>
    public static string RowNoun(string kind) => kind switch
    {
        RunKinds.MonteCarlo => "replicates",
        RunKinds.OneAtATime => "cases",
        RunKinds.UnrestSweep => "runs",
        _ => "base samples",
    };

    /// <summary>The row count, block size, row width, shard run and merge of one kind of request.</summary>
    private sealed record Engine(int Rows, int BlockSize, int Width, Func<ModelRunContext, ShardRange, double[]> RunShard, Func<ModelRunContext, double[], RunManifest, ExecutedRun> Merge)
    {
        public static Engine For(Scenario scenario, RunRequest request)
        {
            var model = ModelResolver.Resolve(request.Model);
            var settings = request.Settings;
            var issues = scenario.Issues.Length;
            switch (request.Kind)
            {
                case RunKinds.MonteCarlo:
                    var mc = new MonteCarloOptions { Runs = request.Runs, HistogramBins = request.HistogramBins, Uncertainty = request.Uncertainty };
                    return new Engine(mc.Runs, MonteCarloForecaster.BlockSize, issues,
                        (c, r) => MonteCarloForecaster.RunShard(model, scenario, settings, mc, c, r),
                        (c, rows, m) =>
                        {
                            var result = MonteCarloForecaster.Merge(model, scenario, settings, mc, c, rows);
                            return new ExecutedRun(MonteCarloJsonWriter.Write(scenario, result, m)) { MonteCarlo = result };
                        });
                case RunKinds.OneAtATime:
                    var oat = OneAtATimeOptions.Default;
                    return new Engine(OneAtATimeAnalysis.CaseCount(scenario), 1, issues,
                        (c, r) => OneAtATimeAnalysis.RunShard(model, scenario, settings, oat, c, r),
                        (c, rows, m) =>
                        {
                            var result = OneAtATimeAnalysis.Merge(model, scenario, settings, oat, c, rows);
                            return new ExecutedRun(SensitivityJsonWriter.Write(scenario, result, m)) { OneAtATime = result };
                        });
                case RunKinds.Sobol:
                    var sobol = new SobolOptions { Samples = request.Samples, Uncertainty = request.Uncertainty };
                    return new Engine(sobol.Samples, 1, SobolAnalysis.RowWidth(scenario, sobol),
                        (c, r) => SobolAnalysis.RunShard(model, scenario, settings, sobol, c, r),
                        (c, rows, m) =>
                        {
                            var result = SobolAnalysis.Merge(model, scenario, settings, sobol, c, rows);
                            return new ExecutedRun(SensitivityJsonWriter.Write(scenario, result, m)) { Sobol = result };
                        });
                default:
                    throw new UserInputException($"A {request.Kind} run cannot be split into shards; only Monte Carlo forecasts and one-at-a-time or Sobol sensitivity can.");
            }
        }
    }
}
