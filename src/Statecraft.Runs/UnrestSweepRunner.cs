using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Runs an unrest sweep (<see cref="UnrestSweepRequest"/>) in one process or as shards, and folds a folder of its shards back into its rows.</summary>
/// <remarks>
/// <para>A sweep's rows are <see cref="UnrestSummary"/> values, one row per run; a shard holds a contiguous range of whole
/// runs (block size 1) in the shard file format of <see cref="ShardFile"/>, with the sweep's canonical text
/// (<see cref="UnrestSweepRequest.ToJson"/>) where a forecast's shard carries its scenario. The merge only lays the shards
/// end to end, so the merged rows are those of the one-process sweep, bit for bit, for every M and thread count. Like every
/// unrest run, a sweep is not kept in the run store.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class UnrestSweepRunner
{
    /// <summary>Reads and checks the options of every grid point, before anything runs.</summary>
    /// <param name="request">The sweep.</param>
    /// <returns>The sweep with its points' options.</returns>
    /// <exception cref="UserInputException">A grid value, or a grid point's combination of values, is not allowed; the message names the <c>--grid</c> and the value or point.</exception>
    /// <exception cref="ModelOptionException">A base option is not allowed.</exception>
    public static UnrestSweep Plan(UnrestSweepRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var axis in request.Grid)
        {
            foreach (var value in axis.Values)
            {
                Read(request.Settings.With(axis.Name, value), $"--grid {axis.Name}={string.Join(",", axis.Values)}");
            }
        }

        var points = ImmutableArray.CreateBuilder<UnrestOptions>(request.Points);
        for (var p = 0; p < request.Points; p++)
        {
            var (values, settings) = request.Point(p);
            points.Add(request.Grid.IsEmpty
                ? UnrestSettings.Read(settings)
                : Read(settings, "--grid point " + string.Join(", ", request.Grid.Select((a, i) => $"{a.Name}={values[i]}"))));
        }

        return new UnrestSweep(points.MoveToImmutable(), request.Seeds, request.Ticks);
    }

    /// <summary>Whether a sweep is long enough to show progress: its site-ticks reach <see cref="UnrestRunner.LongRunSiteTicks"/>.</summary>
    /// <param name="sweep">The sweep.</param>
    /// <returns><see langword="true"/> for a long sweep.</returns>
    public static bool IsLong(UnrestSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return sweep.Points.Sum(o => (double)o.Width * o.Height) * sweep.Ticks * sweep.Seeds.Length >= UnrestRunner.LongRunSiteTicks;
    }

    /// <summary>Runs the runs of <paramref name="range"/>.</summary>
    /// <param name="sweep">The sweep (<see cref="Plan"/>).</param>
    /// <param name="range">The runs, e.g. <see cref="ShardRange.All"/>.</param>
    /// <param name="threads">The threads; each run stays on one, and the rows never depend on it.</param>
    /// <param name="progress">Receives the share of runs done in [0, 1], or <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the sweep between runs and between the ticks of a run.</param>
    /// <returns><see cref="UnrestSummary.Width"/> values per run, run after run.</returns>
    public static double[] Run(UnrestSweep sweep, ShardRange range, int threads, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return sweep.Run(new ModelRunContext(0) { MaxDegreeOfParallelism = threads, Progress = progress, Cancellation = cancellation }, range);
    }

    /// <summary>Runs shard <paramref name="shard"/> of <paramref name="shards"/> and writes it atomically into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="request">The sweep.</param>
    /// <param name="sweep">Its plan (<see cref="Plan"/>).</param>
    /// <param name="shard">The shard k, 0-based.</param>
    /// <param name="shards">The number of shards M.</param>
    /// <param name="folder">The folder of the sweep's shard files.</param>
    /// <param name="threads">The threads; the rows never depend on it.</param>
    /// <param name="progress">Receives the share of the shard's runs done, or <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the shard.</param>
    /// <returns>The shard file's path and its header.</returns>
    /// <exception cref="IOException">The shard file could not be written.</exception>
    public static (string Path, ShardHeader Header) RunShard(UnrestSweepRequest request, UnrestSweep sweep, int shard, int shards, string folder, int threads, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sweep);
        var range = ShardRange.Of(sweep.Runs, 1, shard, shards);
        var rows = Run(sweep, range, threads, progress, cancellation);
        var text = request.ToJson();
        var run = new RunRequest(RunKinds.UnrestSweep, "unrest", request.Settings, request.Seeds[0]) { Source = request.Source, Runs = request.Seeds.Length, Threads = threads };
        var header = new ShardHeader(run, text, ScenarioCanonicalForm.HashText(text), RunManifest.CurrentToolVersion, shard, shards, sweep.Runs, 1, UnrestSummary.Width, range.Start, range.Count);
        return (ShardRunner.Write(folder, header, rows), header);
    }

    /// <summary>Reads the sweep of a checked set of shards (<see cref="ShardSet.Read"/>) whose kind is <see cref="RunKinds.UnrestSweep"/>.</summary>
    /// <param name="header">The first shard's header.</param>
    /// <param name="rows">The rows of every shard, in run order.</param>
    /// <returns>The sweep; <paramref name="rows"/> are its rows.</returns>
    /// <exception cref="InvalidDataException">The header's sweep is unreadable or does not match the rows.</exception>
    public static UnrestSweepRequest Merge(ShardHeader header, double[] rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        UnrestSweepRequest request;
        try
        {
            request = UnrestSweepRequest.FromJson(header.ScenarioText);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"merge: the shards' sweep is not readable ({ex.Message}).", ex);
        }

        if (header.Rows != request.Runs || header.Width != UnrestSummary.Width || rows.LongLength != (long)request.Runs * UnrestSummary.Width)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"merge: the shards hold {header.Rows} runs of {header.Width} values, but their sweep has {request.Runs} runs of {UnrestSummary.Width}."));
        }

        return request;
    }

    private static UnrestOptions Read(ModelSettings settings, string where)
    {
        try
        {
            return UnrestSettings.Read(settings);
        }
        catch (ModelOptionException ex)
        {
            throw new UserInputException($"{where}: {ex.Message}", ex);
        }
    }
}
