using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>A sweep of civil-violence runs: every parameter point run with every seed, each run whole on one thread and summarised.</summary>
/// <remarks>
/// <para>Run r (0-based) is point ⌊r / S⌋ with seed <see cref="Seeds"/>[r mod S], S the number of seeds: the seeds vary
/// fastest. Each run is exactly <see cref="UnrestModel.Run(int, ulong)"/> of its point's options and its seed, so a row
/// of the sweep equals the single run of that seed. One lattice is never split: its agents act one after another in
/// one random order, all drawing from one stream (§5.9), so only whole runs are spread over threads or shards. Each run
/// writes its own slot, which makes the rows independent of the thread count and of how the runs are cut into shards.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Points">The parameter points, already read and validated.</param>
/// <param name="Seeds">The seeds each point is run with.</param>
/// <param name="Ticks">The ticks of every run. Range: ≥ 0.</param>
public sealed record UnrestSweep(ImmutableArray<UnrestOptions> Points, ImmutableArray<ulong> Seeds, int Ticks)
{
    /// <summary>Gets the number of runs: points × seeds.</summary>
    /// <exception cref="OverflowException">The sweep has more than <see cref="int.MaxValue"/> runs.</exception>
    public int Runs => checked(Points.Length * Seeds.Length);

    /// <summary>Gets the point and the seed of run <paramref name="run"/>.</summary>
    /// <param name="run">The run, 0-based. Range: [0, <see cref="Runs"/>).</param>
    /// <returns>The point's index and the seed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="run"/> is out of range.</exception>
    public (int Point, ulong Seed) RunOf(int run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs);
        return (run / Seeds.Length, Seeds[run % Seeds.Length]);
    }

    /// <summary>Runs the sweep's runs in <paramref name="range"/> on up to <see cref="ModelRunContext.MaxDegreeOfParallelism"/> threads.</summary>
    /// <param name="context">Threads, progress (the share of runs done) and cancellation; its seed is not used, each run has its own.</param>
    /// <param name="range">The runs, e.g. one shard's (<see cref="ShardRange.Of"/> with block size 1).</param>
    /// <returns><see cref="UnrestSummary.Width"/> values per run (<see cref="UnrestSummary.CopyTo"/>), run after run.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> does not lie within the sweep, or <see cref="Ticks"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">The context's token was cancelled (between runs, or between the ticks of a run).</exception>
    public double[] Run(ModelRunContext context, ShardRange range)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegative(Ticks);
        range.Check(Runs, 1, nameof(range));
        var width = UnrestSummary.Width;
        var rows = new double[(long)range.Count * width];
        var models = Points.Select(p => new UnrestModel(p)).ToArray();
        ParallelWork.For(range.Count, context, _ => 1, i =>
        {
            var (point, seed) = RunOf(range.Start + i);
            var run = models[point].Run(Ticks, seed, null, context.Cancellation);
            UnrestSummary.From(run).CopyTo(rows.AsSpan(i * width, width));
        });
        return rows;
    }
}
