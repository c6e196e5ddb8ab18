using System.Collections.Immutable;
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
/// <para>Cost: N + 1 model runs, spread over <see cref="ModelRunContext.MaxDegreeOfParallelism"/> threads; memory
/// O(N·issues) for the samples.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class MonteCarloForecaster
{
    /// <summary>The number of replicates per block of the fixed reduction order.</summary>
    public const int BlockSize = 64;

    /// <summary>Runs a Monte Carlo forecast.</summary>
    /// <param name="model">The model run on each replicate.</param>
    /// <param name="scenario">The scenario to perturb.</param>
    /// <param name="settings">The model's options, the same for every replicate.</param>
    /// <param name="options">Replicates, noise and histogram bins.</param>
    /// <param name="context">Root seed, threads, progress (share of replicates done) and cancellation.</param>
    /// <returns>Each issue's distribution, with the deterministic forecast as baseline.</returns>
    /// <exception cref="Domain.ModelOptionException">An option value is not allowed (raised by the first, deterministic run).</exception>
    /// <exception cref="ArgumentException">The spec's overrides name an unknown actor or issue.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static MonteCarloResult Run(IForecastModel model, Scenario scenario, ModelSettings settings, MonteCarloOptions options, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);

        var spec = options.Uncertainty ?? scenario.Uncertainty ?? UncertaintySpec.Default;
        var plan = PerturbationPlan.Create(scenario, spec);
        var baseline = model.Run(scenario, settings, context with { Progress = null, MaxDegreeOfParallelism = 1 });

        var issues = scenario.Issues;
        var binnings = issues.Select(i => OutcomeBinning.Create(i.Scale, options.HistogramBins)).ToArray();
        var runs = options.Runs;
        var samples = new double[issues.Length][];
        for (var d = 0; d < issues.Length; d++)
        {
            samples[d] = new double[runs];
        }

        // A model with a value-only path is run through it: same numbers, no per-replicate forecast record.
        var lean = model as IOutcomeModel;

        // One evaluator is made here first, so that a bad option fails on the calling thread rather than inside the loop.
        _ = lean?.CreateEvaluator(scenario, settings);
        Replicator CreateReplicator() => new(plan, lean?.CreateEvaluator(scenario, settings), issues.Length);

        var blocks = (runs + BlockSize - 1) / BlockSize;
        var tallies = new OutcomeAccumulator[blocks][];
        ParallelWork.For(blocks, context, b => Math.Min(BlockSize, runs - (b * BlockSize)), CreateReplicator, (b, replicator) =>
        {
            var tally = binnings.Select(x => new OutcomeAccumulator(x)).ToArray();
            var end = Math.Min(runs, (b + 1) * BlockSize);
            for (var r = b * BlockSize; r < end; r++)
            {
                var outcomes = replicator.Run(model, settings, context, r);
                for (var d = 0; d < issues.Length; d++)
                {
                    var v = outcomes[d];
                    samples[d][r] = v;
                    tally[d].Add(double.IsNaN(v) ? null : v);
                }
            }

            tallies[b] = tally;
        });

        var distributions = ImmutableArray.CreateBuilder<OutcomeDistribution>(issues.Length);
        for (var d = 0; d < issues.Length; d++)
        {
            var total = tallies[0][d];
            for (var b = 1; b < blocks; b++)
            {
                total = OutcomeAccumulator.Combine(total, tallies[b][d]);
            }

            distributions.Add(Summarise(issues[d].Id, total, samples[d], ValueOf(baseline, issues[d].Id, d)));
        }

        return new MonteCarloResult(model.Name, context.Seed, runs, spec, settings, baseline, distributions.MoveToImmutable())
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

    private static OutcomeDistribution Summarise(string issueId, OutcomeAccumulator tally, double[] samples, double? baseline)
    {
        var defined = tally.Count;
        var sorted = new double[defined];
        var n = 0;
        foreach (var v in samples)
        {
            if (!double.IsNaN(v))
            {
                sorted[n++] = v;
            }
        }

        Array.Sort(sorted);
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
            Samples = ImmutableArray.Create(samples),
        };
    }
}
