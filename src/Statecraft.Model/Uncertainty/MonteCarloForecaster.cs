using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty;

/// <summary>Monte Carlo forecasting: runs any model on N perturbed copies of a scenario and reports each issue's distribution of forecasts.</summary>
/// <remarks>
/// <para>Replicate i draws its perturbation (<see cref="PerturbationPlan"/>) from stream 0 of seed
/// s_i = <see cref="SeedSequence.Derive"/>(seed, i), and runs the model with seed <see cref="SeedSequence.Derive"/>(s_i, 1) on
/// one thread. Replicates are grouped in fixed blocks of <see cref="BlockSize"/>, whatever the thread count; each block
/// tallies its replicates in order into an <see cref="OutcomeAccumulator"/>, and blocks are combined in block order.
/// So the same seed gives bit-identical results on any number of threads (§1.7).</para>
/// <para>A model that implements <see cref="IOutcomeModel"/> is run through its value-only path on stance values the
/// plan overwrites in place (one evaluator and one value set per worker thread); other models get a perturbed scenario
/// and a full run per replicate. Both give the same numbers (the contract of <see cref="IOutcomeModel"/>).</para>
/// <para>Cost: N + 1 model runs, spread over <see cref="ModelRunContext.MaxDegreeOfParallelism"/> threads. Memory: the
/// result keeps one double per replicate and issue (the samples, 8·N·issues bytes), and summarising sorts a copy of
/// each issue's samples in turn in one buffer (8·N bytes); the replicates themselves pass through a window of a few blocks
/// per thread, so an <see cref="IReplicateSink"/> can write them out as they complete.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class MonteCarloForecaster
{
    /// <summary>The number of replicates per block of the fixed reduction order.</summary>
    public const int BlockSize = 64;

    /// <summary>Runs a Monte Carlo forecast, handing every replicate's outcomes to <paramref name="sink"/> in replicate order as they complete.</summary>
    /// <param name="model">The model run on each replicate.</param>
    /// <param name="scenario">The scenario to perturb.</param>
    /// <param name="settings">The model's options, the same for every replicate.</param>
    /// <param name="options">Replicates, noise and histogram bins.</param>
    /// <param name="context">Root seed, threads, progress (share of replicates done) and cancellation.</param>
    /// <param name="sink">Receives each block of replicates once it and every block before it are done; <see langword="null"/> for none.</param>
    /// <returns>Each issue's distribution, with the deterministic forecast as baseline; the same as without a sink.</returns>
    /// <exception cref="Domain.ModelOptionException">An option value is not allowed (raised by the first, deterministic run).</exception>
    /// <exception cref="ArgumentException">The spec's overrides name an unknown actor or issue.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static MonteCarloResult Run(IForecastModel model, Scenario scenario, ModelSettings settings, MonteCarloOptions options, ModelRunContext context, IReplicateSink? sink = null)
    {
        var (plan, baseline) = Prepare(model, scenario, settings, options, context);
        var perturbation = plan.Perturbation;
        var issues = perturbation.Scenario.Issues.Length;

        // A model with a value-only path is run through it: same numbers, no per-replicate forecast record.
        var lean = model as IOutcomeModel;
        return Reduce(model, plan, settings, options, context, baseline, sink,
            () => new Replicator(perturbation, lean?.CreateEvaluator(perturbation.Scenario, settings), issues),
            (first, count, replicator, values) =>
            {
                for (var r = 0; r < count; r++)
                {
                    replicator.Run(model, settings, context, first + r).CopyTo(values, r * issues);
                }
            });
    }

    /// <summary>Runs one shard's replicates only and returns their raw outcomes, for <see cref="Merge"/> to fold with the other shards'.</summary>
    /// <param name="model">The model run on each replicate.</param>
    /// <param name="scenario">The scenario to perturb.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">Replicates N, noise and histogram bins of the whole run.</param>
    /// <param name="context">Root seed, threads, progress and cancellation.</param>
    /// <param name="range">The shard's replicates (<see cref="ShardRange.Of"/> with <see cref="BlockSize"/>).</param>
    /// <returns>Replicate r's value of issue d at [(r − start)·issues + d], NaN when undefined; the same numbers <see cref="Run"/> computes.</returns>
    /// <exception cref="Domain.ModelOptionException">An option value is not allowed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> leaves [0, N) or does not start on a block.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static double[] RunShard(IForecastModel model, Scenario scenario, ModelSettings settings, MonteCarloOptions options, ModelRunContext context, ShardRange range)
    {
        var (plan, _) = Prepare(model, scenario, settings, options, context);
        range.Check(options.Runs, BlockSize, nameof(range));
        return Replicates(model, plan.Perturbation, settings, context, range);
    }

    /// <summary>Folds the raw outcomes of every replicate, block by block in block order, into the result <see cref="Run"/> gives.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">Replicates N, noise and histogram bins.</param>
    /// <param name="context">Root seed (for the baseline run), threads and cancellation.</param>
    /// <param name="rows">The outcomes of replicates 0 … N − 1 laid end to end, as <see cref="RunShard"/> returns them.</param>
    /// <returns>The result, bit-identical to <see cref="Run"/> with the same arguments.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> does not hold N · issues values.</exception>
    public static MonteCarloResult Merge(IForecastModel model, Scenario scenario, ModelSettings settings, MonteCarloOptions options, ModelRunContext context, ReadOnlyMemory<double> rows)
    {
        var (plan, baseline) = Prepare(model, scenario, settings, options, context);
        if (rows.Length != (long)options.Runs * scenario.Issues.Length)
        {
            throw new ArgumentException($"Expected {options.Runs} replicates of {scenario.Issues.Length} issues ({(long)options.Runs * scenario.Issues.Length} values), got {rows.Length} values.", nameof(rows));
        }

        var issues = scenario.Issues.Length;
        return Reduce(model, plan, settings, options, context with { Progress = null }, baseline, sink: null,
            static () => (object?)null,
            (first, count, _, values) => rows.Span.Slice(first * issues, count * issues).CopyTo(values));
    }

    private static (Plan Plan, Forecast Baseline) Prepare(IForecastModel model, Scenario scenario, ModelSettings settings, MonteCarloOptions options, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);

        var spec = options.Uncertainty ?? scenario.Uncertainty ?? UncertaintySpec.Default;
        var plan = PerturbationPlan.Create(scenario, spec);
        var baseline = model.Run(scenario, settings, context with { Progress = null, MaxDegreeOfParallelism = 1 });

        // One evaluator is made here first, so that a bad option fails on the calling thread rather than inside the loop.
        _ = (model as IOutcomeModel)?.CreateEvaluator(scenario, settings);
        return (new Plan(plan, spec), baseline);
    }

    /// <summary>Runs the replicates of <paramref name="range"/> in blocks of <see cref="BlockSize"/> on the context's threads.</summary>
    private static double[] Replicates(IForecastModel model, PerturbationPlan plan, ModelSettings settings, ModelRunContext context, ShardRange range)
    {
        var scenario = plan.Scenario;
        var issues = scenario.Issues.Length;
        var rows = new double[(long)range.Count * issues];

        // A model with a value-only path is run through it: same numbers, no per-replicate forecast record.
        var lean = model as IOutcomeModel;
        Replicator CreateReplicator() => new(plan, lean?.CreateEvaluator(scenario, settings), issues);

        var firstBlock = range.Start / BlockSize;
        var blocks = (range.Count + BlockSize - 1) / BlockSize;
        ParallelWork.For(blocks, context, b => Math.Min(BlockSize, range.End - ((firstBlock + b) * BlockSize)), CreateReplicator, (b, replicator) =>
        {
            var end = Math.Min(range.End, (firstBlock + b + 1) * BlockSize);
            for (var r = (firstBlock + b) * BlockSize; r < end; r++)
            {
                replicator.Run(model, settings, context, r).CopyTo(rows, (long)(r - range.Start) * issues);
            }
        });
        return rows;
    }

    /// <summary>Produces the blocks of replicates in parallel, tallies each block in order, combines the blocks in block
    /// order and summarises each issue; hands each block to <paramref name="sink"/> in order on the way.</summary>
    /// <remarks>Held: one array of N doubles per issue (the samples the result keeps, in replicate order), one more to
    /// sort each issue's in turn, and a window of a few blocks per thread (<see cref="OrderedBlocks"/>).</remarks>
    private static MonteCarloResult Reduce<TLocal>(IForecastModel model, Plan plan, ModelSettings settings, MonteCarloOptions options, ModelRunContext context, Forecast baseline, IReplicateSink? sink, Func<TLocal> createLocal, Action<int, int, TLocal, double[]> produce)
    {
        var issues = plan.Perturbation.Scenario.Issues;
        var width = issues.Length;
        var runs = options.Runs;
        var binnings = issues.Select(i => OutcomeBinning.Create(i.Scale, options.HistogramBins)).ToArray();
        var samples = new double[width][];
        for (var d = 0; d < width; d++)
        {
            samples[d] = new double[runs];
        }

        int CountOf(int block) => Math.Min(BlockSize, runs - (block * BlockSize));
        var blocks = (runs + BlockSize - 1) / BlockSize;
        var totals = new OutcomeAccumulator[width];
        OrderedBlocks.For(blocks, context, b => CountOf(b), createLocal, () => new Block(new double[BlockSize * width], new OutcomeAccumulator[width]),
            (b, local, block) =>
            {
                var count = CountOf(b);
                produce(b * BlockSize, count, local, block.Values);

                // A fresh tally per block: the totals keep a reference to the first block's.
                for (var d = 0; d < width; d++)
                {
                    block.Tally[d] = new OutcomeAccumulator(binnings[d]);
                }

                for (var r = 0; r < count; r++)
                {
                    for (var d = 0; d < width; d++)
                    {
                        var v = block.Values[(r * width) + d];
                        block.Tally[d].Add(double.IsNaN(v) ? null : v);
                    }
                }
            },
            (b, block) =>
            {
                var first = b * BlockSize;
                var count = CountOf(b);
                for (var r = 0; r < count; r++)
                {
                    for (var d = 0; d < width; d++)
                    {
                        samples[d][first + r] = block.Values[(r * width) + d];
                    }
                }

                for (var d = 0; d < width; d++)
                {
                    totals[d] = b == 0 ? block.Tally[d] : OutcomeAccumulator.Combine(totals[d], block.Tally[d]);
                }

                sink?.Accept(first, block.Values.AsSpan(0, count * width));
            });

        // One buffer sorts each issue's samples in turn for its quantiles.
        var sorted = new double[runs];
        var distributions = ImmutableArray.CreateBuilder<OutcomeDistribution>(width);
        for (var d = 0; d < width; d++)
        {
            distributions.Add(Summarise(issues[d].Id, totals[d], samples[d], ValueOf(baseline, issues[d].Id, d), sorted));
        }

        return new MonteCarloResult(model.Name, context.Seed, runs, plan.Spec, settings, baseline, distributions.MoveToImmutable())
        {
            Threads = Math.Max(1, context.MaxDegreeOfParallelism),
        };
    }

    /// <summary>Runs replicate <paramref name="index"/> alone: perturbs the scenario with its own seed and runs the model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="plan">The perturbation plan.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="context">The root seed and cancellation.</param>
    /// <param name="index">The replicate index i.</param>
    /// <returns>The replicate's forecast, identical to the one the full run used.</returns>
    public static Forecast RunReplicate(IForecastModel model, PerturbationPlan plan, ModelSettings settings, ModelRunContext context, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return RunReplicate(model, plan, settings, context, index, new double[plan.Count]);
    }

    private static Forecast RunReplicate(IForecastModel model, PerturbationPlan plan, ModelSettings settings, ModelRunContext context, int index, double[] z)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        var seed = SeedSequence.Derive(context.Seed, (ulong)index);
        plan.Draw(new Xoshiro256StarStar(SeedSequence.Derive(seed, 0)), z);
        var perturbed = plan.Apply(z);
        var replicateContext = new ModelRunContext(SeedSequence.Derive(seed, 1)) { Cancellation = context.Cancellation };
        return model.Run(perturbed, settings, replicateContext);
    }

    /// <summary>The perturbation plan with the noise spec it was made from.</summary>
    private sealed record Plan(PerturbationPlan Perturbation, UncertaintySpec Spec);

    /// <summary>One slot of the window: a block's outcomes, replicate by replicate, and its tally per issue.</summary>
    private sealed record Block(double[] Values, OutcomeAccumulator[] Tally);

    /// <summary>One worker's reusable state: the draw vector, the outcome buffer and, for a value-only model, its evaluator and stance values.</summary>
    private sealed class Replicator(PerturbationPlan plan, IOutcomeEvaluator? evaluator, int issues)
    {
        private readonly double[] _z = new double[plan.Count];
        private readonly double[] _outcomes = new double[issues];
        private readonly StanceValues? _values = evaluator is null ? null : new StanceValues(plan.Scenario);

        /// <summary>Runs replicate <paramref name="index"/> and returns each issue's value (NaN when undefined); the buffer is reused by the next call.</summary>
        public double[] Run(IForecastModel model, ModelSettings settings, ModelRunContext context, int index)
        {
            if (evaluator is null)
            {
                var forecast = RunReplicate(model, plan, settings, context, index, _z);
                for (var d = 0; d < _outcomes.Length; d++)
                {
                    _outcomes[d] = ValueOf(forecast, plan.Scenario.Issues[d].Id, d) ?? double.NaN;
                }

                return _outcomes;
            }

            var seed = SeedSequence.Derive(context.Seed, (ulong)index);
            plan.Draw(new Xoshiro256StarStar(SeedSequence.Derive(seed, 0)), _z);
            plan.Apply(_z, _values!);
            evaluator.Evaluate(_values!, SeedSequence.Derive(seed, 1), _outcomes);
            return _outcomes;
        }
    }

    /// <summary>Reads issue <paramref name="id"/>'s forecast, by position first (models keep scenario order), by id otherwise.</summary>
    internal static double? ValueOf(Forecast forecast, string id, int index)
    {
        var f = index < forecast.Issues.Length && forecast.Issues[index].IssueId == id ? forecast.Issues[index] : forecast.For(id);
        return f?.Value is { } v && !double.IsNaN(v) ? v : null;
    }

    private static OutcomeDistribution Summarise(string issueId, OutcomeAccumulator tally, double[] samples, double? baseline, double[] buffer)
    {
        var defined = tally.Count;
        var n = 0;
        foreach (var v in samples)
        {
            if (!double.IsNaN(v))
            {
                buffer[n++] = v;
            }
        }

        Array.Sort(buffer, 0, n);
        var sorted = buffer.AsSpan(0, n);
        var binning = tally.Binning;
        var bins = tally.BinCounts;
        var histogram = ImmutableArray.CreateBuilder<HistogramBin>(bins.Length);
        for (var b = 0; b < bins.Length; b++)
        {
            histogram.Add(new HistogramBin(binning.BinEdge(b), binning.BinEdge(b + 1), bins[b], defined > 0 ? (double)bins[b] / defined : 0));
        }

        var regionCounts = tally.RegionCounts;
        var regions = ImmutableArray.CreateBuilder<OutcomeRegion>(regionCounts.Length);
        for (var r = 0; r < regionCounts.Length; r++)
        {
            regions.Add(new OutcomeRegion(binning.Regions[r], regionCounts[r], defined > 0 ? (double)regionCounts[r] / defined : 0));
        }

        double? Stat(double v) => defined > 0 && !double.IsNaN(v) ? v : null;
        return new OutcomeDistribution(issueId)
        {
            Baseline = baseline,
            Defined = defined,
            Undefined = tally.Undefined,
            Mean = Stat(tally.Mean),
            StandardDeviation = Stat(Math.Sqrt(tally.Variance)),
            Min = Stat(tally.Minimum),
            Max = Stat(tally.Maximum),
            P10 = Stat(Quantiles.FromSorted(sorted, 0.1)),
            P50 = Stat(Quantiles.FromSorted(sorted, 0.5)),
            P90 = Stat(Quantiles.FromSorted(sorted, 0.9)),
            Histogram = histogram.MoveToImmutable(),
            Regions = regions.MoveToImmutable(),
            Samples = ImmutableCollectionsMarshal.AsImmutableArray(samples),
        };
    }
}
