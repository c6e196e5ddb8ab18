using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>Variance-based global sensitivity: first-order and total Sobol indices of every uncertain input, by the Saltelli (first-order) and Jansen (total) estimators.</summary>
/// <remarks>
/// <para>Inputs are the noise draws of the <see cref="PerturbationPlan"/>, distributed as the <see cref="UncertaintySpec"/>
/// says. Inputs that cannot move anything (σ = 0, or a salience of 0, which multiplicative noise keeps at 0) are left out.</para>
/// <para>Design: two independent N×k sample matrices A and B; A_B^(i) is A with column i taken from B. Row j draws its A and B
/// rows from stream 0 of <see cref="SeedSequence.Derive"/>(seed, j) and runs the model with seed Derive(·, 1) for all its
/// k + 2 evaluations (a stochastic model's own noise is held fixed within a row). Rows are stored by index and reduced in
/// row order, so results do not depend on the thread count.</para>
/// <para>Estimators (Saltelli et al. 2010, "Variance based sensitivity analysis of model output. Design and estimator for the
/// total sensitivity index", Comput. Phys. Commun. 181(2): 259–270, Table 2, (b) and (f)), with outputs centred on their
/// sample mean first, which leaves the expectations unchanged and lowers the variance of the first-order estimate:</para>
/// <para>V_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j),  V_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)²  (Jansen 1999),
/// S_i = V_i / V(Y), S_Ti = V_Ti / V(Y), with V(Y) the sample variance of the 2N outputs of A and B. Standard errors are
/// the sample standard deviation of the per-row terms over √N, divided by V(Y).</para>
/// <para>Rows in which a needed forecast is undefined are left out of that issue's (or input's) sums.</para>
/// <para>A model with a value-only path (<see cref="IOutcomeModel"/>) is evaluated through it, with one evaluator per
/// worker thread; the numbers are the same as from full runs.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class SobolAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">Base samples and input distribution.</param>
    /// <param name="context">Root seed, threads, progress and cancellation.</param>
    /// <returns>Per issue, the indices of the uncertain inputs, ranked.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static SobolResult Run(IForecastModel model, Scenario scenario, ModelSettings settings, SobolOptions options, ModelRunContext context)
    {
        var design = Prepare(model, scenario, settings, options, context);
        return Reduce(model, design, options, context, Rows(model, design, settings, context, ShardRange.All(options.Samples)));
    }

    /// <summary>Gets the number of values each base-sample row holds: (k + 2) evaluations of every issue, k being the inputs that can move anything.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">Base samples and input distribution.</param>
    /// <returns>(k + 2) · issues.</returns>
    /// <exception cref="ArgumentException">The spec's overrides name an unknown actor or issue.</exception>
    public static int RowWidth(Scenario scenario, SobolOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var plan = PerturbationPlan.Create(scenario, options.Uncertainty ?? scenario.Uncertainty ?? UncertaintySpec.Default);
        return (ActiveInputs(plan).Length + 2) * scenario.Issues.Length;
    }

    /// <summary>Runs one shard's base-sample rows only and returns their raw outputs, for <see cref="Merge"/> to fold with the other shards'.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">Base samples N and input distribution of the whole analysis.</param>
    /// <param name="context">Root seed, threads, progress and cancellation.</param>
    /// <param name="range">The shard's rows (<see cref="ShardRange.Of"/> over N with a block of one row).</param>
    /// <returns>Row j's output of evaluation e (0 = A, 1 = B, 2 + i = A_B^(i)) for issue d at [(j − start)·w + e·issues + d], w = <see cref="RowWidth"/>; NaN when undefined.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> leaves [0, N).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static double[] RunShard(IForecastModel model, Scenario scenario, ModelSettings settings, SobolOptions options, ModelRunContext context, ShardRange range)
    {
        var design = Prepare(model, scenario, settings, options, context);
        range.Check(options.Samples, 1, nameof(range));
        var rows = Rows(model, design, settings, context, range);
        var width = design.Width;
        var flat = new double[(long)range.Count * width];
        for (var j = 0; j < rows.Length; j++)
        {
            for (var e = 0; e < rows[j].Length; e++)
            {
                rows[j][e].CopyTo(flat, (j * width) + (e * scenario.Issues.Length));
            }
        }

        return flat;
    }

    /// <summary>Folds the raw outputs of every base-sample row, in row order, into the result <see cref="Run"/> gives.</summary>
    /// <param name="model">The model.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The model's options.</param>
    /// <param name="options">Base samples N and input distribution.</param>
    /// <param name="context">Root seed and cancellation.</param>
    /// <param name="rows">The outputs of rows 0 … N − 1 laid end to end, as <see cref="RunShard"/> returns them.</param>
    /// <returns>The result, bit-identical to <see cref="Run"/> with the same arguments.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> does not hold N · <see cref="RowWidth"/> values.</exception>
    public static SobolResult Merge(IForecastModel model, Scenario scenario, ModelSettings settings, SobolOptions options, ModelRunContext context, ReadOnlyMemory<double> rows)
    {
        var design = Prepare(model, scenario, settings, options, context);
        var n = options.Samples;
        var width = design.Width;
        if (rows.Length != (long)n * width)
        {
            throw new ArgumentException($"Expected {n} rows of {width} values ({(long)n * width} values), got {rows.Length} values.", nameof(rows));
        }

        var issues = scenario.Issues.Length;
        var outputs = new double[n][][];
        var span = rows.Span;
        for (var j = 0; j < n; j++)
        {
            var row = new double[width / issues][];
            for (var e = 0; e < row.Length; e++)
            {
                row[e] = span.Slice((j * width) + (e * issues), issues).ToArray();
            }

            outputs[j] = row;
        }

        return Reduce(model, design, options, context, outputs);
    }

    private static Design Prepare(IForecastModel model, Scenario scenario, ModelSettings settings, SobolOptions options, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);

        var spec = options.Uncertainty ?? scenario.Uncertainty ?? UncertaintySpec.Default;
        var plan = PerturbationPlan.Create(scenario, spec);
        _ = model.Run(scenario, settings, context with { Progress = null, MaxDegreeOfParallelism = 1 });
        return new Design(plan, spec, ActiveInputs(plan));
    }

    /// <summary>Evaluates the rows of <paramref name="range"/>: outputs[j][e][d] for row start + j, evaluation e (0 = A, 1 = B, 2 + i = A_B^(i)), issue d; NaN when undefined.</summary>
    private static double[][][] Rows(IForecastModel model, Design design, ModelSettings settings, ModelRunContext context, ShardRange range)
    {
        var plan = design.Plan;
        var active = design.Active;
        var k = active.Length;
        var scenario = plan.Scenario;
        var outputs = new double[range.Count][][];
        var lean = model as IOutcomeModel;
        RowEvaluator CreateEvaluator() => new(model, lean?.CreateEvaluator(scenario, settings), plan, settings);
        ParallelWork.For(range.Count, context, _ => k + 2, CreateEvaluator, (i, evaluator) =>
        {
            var seed = SeedSequence.Derive(context.Seed, (ulong)(range.Start + i));
            var random = new Xoshiro256StarStar(SeedSequence.Derive(seed, 0));
            var a = new double[plan.Count];
            var b = new double[plan.Count];
            plan.Draw(random, a);
            plan.Draw(random, b);
            var rowContext = new ModelRunContext(SeedSequence.Derive(seed, 1)) { Cancellation = context.Cancellation };
            var row = new double[k + 2][];
            row[0] = evaluator.Evaluate(rowContext, a);
            row[1] = evaluator.Evaluate(rowContext, b);
            var ab = new double[plan.Count];
            for (var c = 0; c < k; c++)
            {
                a.CopyTo(ab, 0);
                ab[active[c]] = b[active[c]];
                row[2 + c] = evaluator.Evaluate(rowContext, ab);
            }

            outputs[i] = row;
        });
        return outputs;
    }

    private static SobolResult Reduce(IForecastModel model, Design design, SobolOptions options, ModelRunContext context, double[][][] outputs)
    {
        var issues = design.Plan.Scenario.Issues;
        var result = ImmutableArray.CreateBuilder<IssueSobol>(issues.Length);
        for (var d = 0; d < issues.Length; d++)
        {
            result.Add(Estimate(issues[d].Id, d, outputs, design.Plan, design.Active));
        }

        return new SobolResult(model.Name, context.Seed, options.Samples, design.Spec, result.MoveToImmutable());
    }

    /// <summary>The perturbation plan, its spec and the inputs that can move anything.</summary>
    private sealed record Design(PerturbationPlan Plan, UncertaintySpec Spec, int[] Active)
    {
        /// <summary>Gets the values per row: (k + 2) evaluations of every issue.</summary>
        public int Width => (Active.Length + 2) * Plan.Scenario.Issues.Length;
    }

    private static int[] ActiveInputs(PerturbationPlan plan)
    {
        var stances = plan.Scenario.Stances;
        var na = plan.Scenario.Actors.Length;
        var active = new List<int>();
        for (var i = 0; i < plan.Count; i++)
        {
            var input = plan.Inputs[i];
            var silent = input.Kind == InputKind.Salience && stances[(i - na) / 2].Salience == 0;
            if (input.Sigma > 0 && !silent)
            {
                active.Add(i);
            }
        }

        return [.. active];
    }

    /// <summary>One worker's way of turning draws into forecast values: the model's value-only evaluator when it has one, a full run otherwise.</summary>
    private sealed class RowEvaluator(IForecastModel model, IOutcomeEvaluator? evaluator, PerturbationPlan plan, ModelSettings settings)
    {
        private readonly StanceValues? _values = evaluator is null ? null : new StanceValues(plan.Scenario);

        /// <summary>Returns each issue's forecast value (NaN when undefined) for the draws <paramref name="z"/>, in a new array.</summary>
        public double[] Evaluate(ModelRunContext context, double[] z)
        {
            var issues = plan.Scenario.Issues;
            var values = new double[issues.Length];
            if (evaluator is not null)
            {
                plan.Apply(z, _values!);
                evaluator.Evaluate(_values!, context.Seed, values);
                return values;
            }

            var forecast = model.Run(plan.Apply(z), settings, context);
            for (var d = 0; d < values.Length; d++)
            {
                values[d] = MonteCarloForecaster.ValueOf(forecast, issues[d].Id, d) ?? double.NaN;
            }

            return values;
        }
    }

    private static IssueSobol Estimate(string issueId, int d, double[][][] outputs, PerturbationPlan plan, int[] active)
    {
        // Mean and variance of the pooled A and B outputs, over rows where both are defined, summed in row order.
        var rows = new List<int>(outputs.Length);
        double sum = 0;
        for (var j = 0; j < outputs.Length; j++)
        {
            if (!double.IsNaN(outputs[j][0][d]) && !double.IsNaN(outputs[j][1][d]))
            {
                rows.Add(j);
                sum += outputs[j][0][d] + outputs[j][1][d];
            }
        }

        var indices = new SobolIndex[active.Length];
        double? variance = null;
        if (rows.Count >= 2)
        {
            var mean = sum / (2 * rows.Count);
            double ss = 0;
            foreach (var j in rows)
            {
                ss += Square(outputs[j][0][d] - mean) + Square(outputs[j][1][d] - mean);
            }

            variance = ss / ((2 * rows.Count) - 1);
            for (var i = 0; i < active.Length; i++)
            {
                indices[i] = Index(plan.Inputs[active[i]].Input, d, i, rows, outputs, mean, variance.Value);
            }
        }
        else
        {
            for (var i = 0; i < active.Length; i++)
            {
                indices[i] = new SobolIndex(plan.Inputs[active[i]].Input, null, null, null, null);
            }
        }

        var ranked = indices
            .Select((x, i) => (x, i))
            .OrderByDescending(t => t.x.First ?? double.NegativeInfinity)
            .ThenBy(t => t.i)
            .Select(t => t.x);
        return new IssueSobol(issueId, variance, [.. ranked]);
    }

    private static SobolIndex Index(ScenarioInput input, int d, int i, List<int> rows, double[][][] outputs, double mean, double variance)
    {
        if (!(variance > 0))
        {
            return new SobolIndex(input, null, null, null, null);
        }

        var first = new List<double>(rows.Count);
        var total = new List<double>(rows.Count);
        foreach (var j in rows)
        {
            var fa = outputs[j][0][d] - mean;
            var fb = outputs[j][1][d] - mean;
            var fab = outputs[j][2 + i][d] - mean;
            if (!double.IsNaN(fab))
            {
                first.Add(fb * (fab - fa));
                total.Add(0.5 * Square(fa - fab));
            }
        }

        if (first.Count < 2)
        {
            return new SobolIndex(input, null, null, null, null);
        }

        var (m1, se1) = MeanAndError(first);
        var (mt, set) = MeanAndError(total);
        return new SobolIndex(input, m1 / variance, se1 / variance, mt / variance, set / variance);
    }

    private static (double Mean, double Error) MeanAndError(List<double> terms)
    {
        double sum = 0;
        foreach (var t in terms)
        {
            sum += t;
        }

        var mean = sum / terms.Count;
        double ss = 0;
        foreach (var t in terms)
        {
            ss += Square(t - mean);
        }

        return (mean, Math.Sqrt(ss / (terms.Count - 1) / terms.Count));
    }

    private static double Square(double x) => x * x;
}
