using System.Collections.Immutable;
using Statecraft.Model.Baselines;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Backtesting;

/// <summary>The cross-validated backtest: each model's point error, gain over the compromise, interval coverage and CRPS on held-out issues.</summary>
/// <remarks>
/// <para>Every model first runs once per group (<see cref="Backtester.Run"/>): the models here fit nothing to outcomes,
/// so their point forecasts are the same in every split. What is fitted is fitted on each split's training issues only:
/// a model implementing <see cref="IDistributionForecaster"/> is calibrated on them; every other model gets its
/// forecast distribution and 80% interval from its residuals on them (<see cref="ResidualIntervals"/>). The compromise
/// model is always included (first), as the reference of the gains.</para>
/// <para>Splits are evaluated in parallel up to the context's degree of parallelism and pooled in split order, so the
/// report does not depend on the thread count. Stateless and thread-safe.</para>
/// </remarks>
public static class CrossValidator
{
    /// <summary>The reference model's name.</summary>
    public const string Reference = "compromise";

    /// <summary>Runs a cross-validated backtest under one scheme.</summary>
    /// <param name="scenario">A scenario whose issues carry outcomes.</param>
    /// <param name="models">The models, in report order (the compromise is added first when missing).</param>
    /// <param name="scheme">How to split.</param>
    /// <param name="context">The root seed (k-fold shuffles, stochastic models), parallelism and cancellation.</param>
    /// <param name="repeats">k-fold repetitions. Range: ≥ 1.</param>
    /// <param name="folds">k-fold folds. Range: 2 to the number of groups.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The scenario cannot be split this way (see <see cref="CrossValidationSplits.Create"/>).</exception>
    /// <exception cref="ModelOptionException">A model's settings are not allowed.</exception>
    public static CrossValidationReport Run(
        Scenario scenario, IEnumerable<BacktestEntry> models, CrossValidationScheme scheme, ModelRunContext context, int repeats = 10, int folds = 10) =>
        Run(scenario, models, [scheme], context, repeats, folds)[0];

    /// <summary>Runs a cross-validated backtest under several schemes, running each model once per group for all of them.</summary>
    /// <param name="scenario">A scenario whose issues carry outcomes.</param>
    /// <param name="models">The models, in report order (the compromise is added first when missing).</param>
    /// <param name="schemes">The schemes, in report order.</param>
    /// <param name="context">The root seed (k-fold shuffles, stochastic models), parallelism and cancellation.</param>
    /// <param name="repeats">k-fold repetitions. Range: ≥ 1.</param>
    /// <param name="folds">k-fold folds. Range: 2 to the number of groups.</param>
    /// <returns>One report per scheme.</returns>
    /// <exception cref="ArgumentException">The scenario cannot be split under a scheme (see <see cref="CrossValidationSplits.Create"/>); nothing is run.</exception>
    /// <exception cref="ModelOptionException">A model's settings are not allowed.</exception>
    public static ImmutableArray<CrossValidationReport> Run(
        Scenario scenario, IEnumerable<BacktestEntry> models, IReadOnlyList<CrossValidationScheme> schemes, ModelRunContext context, int repeats = 10, int folds = 10)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(schemes);
        ArgumentNullException.ThrowIfNull(context);
        var scored = scenario.Issues.Where(i => i.Outcome is not null).ToList();
        var splits = schemes.Select(s => CrossValidationSplits.Create(scored, s, context.Seed, repeats, folds)).ToList();
        var entries = WithReference(models);
        var backtest = Backtester.Run(scenario, entries, context);
        return
        [
            .. schemes.Select((s, i) => Evaluate(scenario, entries, backtest, s, context, splits[i]) with
            {
                Repeats = s == CrossValidationScheme.KFold ? repeats : 1,
                Folds = s == CrossValidationScheme.KFold ? folds : 0,
            }),
        ];
    }

    /// <summary>Runs a cross-validated backtest on given splits.</summary>
    /// <param name="scenario">A scenario whose issues carry outcomes.</param>
    /// <param name="models">The models, in report order (the compromise is added first when missing).</param>
    /// <param name="scheme">The scheme the splits come from (reported).</param>
    /// <param name="context">The root seed, parallelism and cancellation.</param>
    /// <param name="splits">Splits over the scenario's issues with an outcome, in scenario order.</param>
    /// <returns>The report, with one repeat and no folds recorded.</returns>
    public static CrossValidationReport Run(
        Scenario scenario, IEnumerable<BacktestEntry> models, CrossValidationScheme scheme, ModelRunContext context, IReadOnlyList<CrossValidationSplit> splits)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(splits);
        var entries = WithReference(models);
        return Evaluate(scenario, entries, Backtester.Run(scenario, entries, context), scheme, context, splits);
    }

    private static List<BacktestEntry> WithReference(IEnumerable<BacktestEntry> models)
    {
        var entries = models.ToList();
        if (!entries.Any(e => string.Equals(e.Name, Reference, StringComparison.OrdinalIgnoreCase)))
        {
            entries.Insert(0, BacktestEntry.For(new CompromiseModel()));
        }

        return entries;
    }

    private static CrossValidationReport Evaluate(
        Scenario scenario, List<BacktestEntry> entries, BacktestReport backtest, CrossValidationScheme scheme, ModelRunContext context, IReadOnlyList<CrossValidationSplit> splits)
    {
        var scored = scenario.Issues.Where(i => i.Outcome is not null).ToArray();
        var reference = Points(backtest.For(Reference)!, scored);
        var results = ImmutableArray.CreateBuilder<CrossValidatedModel>(entries.Count);
        foreach (var entry in entries.OrderBy(e => string.Equals(e.Name, Reference, StringComparison.OrdinalIgnoreCase) ? 0 : 1))
        {
            var run = backtest.For(entry.Name)!;
            var points = Points(run, scored);
            var outcomes = new Scored[splits.Count][];
            void Evaluate(int s)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                outcomes[s] = EvaluateSplit(scenario, entry, scored, points, reference, splits[s]);
            }

            if (context.MaxDegreeOfParallelism > 1)
            {
                Parallel.For(0, splits.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxDegreeOfParallelism, CancellationToken = context.Cancellation }, Evaluate);
            }
            else
            {
                for (var s = 0; s < splits.Count; s++)
                {
                    Evaluate(s);
                }
            }

            var rows = splits.Select((split, s) => (split.Row, s))
                .GroupBy(x => x.Row, StringComparer.Ordinal)
                .Select(g => Summarise(g.Key, g.SelectMany(x => outcomes[x.s])))
                .ToImmutableArray();
            results.Add(new CrossValidatedModel(entry.Name, rows, run.Failures));
        }

        var groups = scored.Select(CrossValidationSplits.GroupOf).Distinct(StringComparer.Ordinal).Count();
        return new CrossValidationReport(scheme, results.MoveToImmutable(), scored.Length, groups, 1, 0);
    }

    private static double?[] Points(ModelBacktest run, Issue[] scored)
    {
        var byId = run.Predictions.ToDictionary(p => p.IssueId, p => p.Predicted, StringComparer.Ordinal);
        return [.. scored.Select(i => byId.TryGetValue(i.Id, out var v) ? v : (double?)null)];
    }

    private static Scored[] EvaluateSplit(
        Scenario scenario, BacktestEntry entry, Issue[] scored, double?[] points, double?[] reference, CrossValidationSplit split)
    {
        var training = split.Train.Where(k => points[k] is not null).ToList();
        if (training.Count == 0)
        {
            return [];
        }

        Func<Issue, IntervalForecast?> forecast;
        if (entry.Model is IDistributionForecaster calibrated)
        {
            forecast = calibrated.Calibrate(scenario, entry.Settings, [.. training.Select(k => scored[k])]);
        }
        else
        {
            var residuals = ResidualIntervals.Residuals(training.Select(k => (scored[k], points[k]!.Value)));
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var k in split.Test)
            {
                index[scored[k].Id] = k;
            }

            forecast = issue => points[index[issue.Id]] is { } p ? ResidualIntervals.Forecast(issue, p, residuals) : null;
        }

        var result = new List<Scored>(split.Test.Length);
        foreach (var k in split.Test)
        {
            if (points[k] is not { } point || forecast(scored[k]) is not { } f)
            {
                continue;
            }

            var issue = scored[k];
            var y = issue.Outcome!.Value;
            var unit = 100 / issue.Scale.Range;
            result.Add(new Scored(
                issue.Id,
                CrossValidationSplits.GroupOf(issue),
                Math.Abs(point - y) * unit,
                reference[k] is { } c ? Math.Abs(c - y) * unit : null,
                f.Covers(y),
                (f.High - f.Low) * unit,
                f.Distribution.Crps(y) * unit));
        }

        return [.. result];
    }

    private static CrossValidationRow Summarise(string row, IEnumerable<Scored> pooled)
    {
        var all = pooled.ToList();
        if (all.Count == 0)
        {
            return new CrossValidationRow(row, 0, double.NaN, null, null, double.NaN, double.NaN, double.NaN);
        }

        var paired = all.Where(s => s.ReferenceError is not null).ToList();
        double? gain = null, se = null;
        if (paired.Count > 0)
        {
            var d = paired.Select(s => s.ReferenceError!.Value - s.Error).ToArray();
            var mean = d.Average();
            gain = mean;
            var clusters = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var k = 0; k < paired.Count; k++)
            {
                clusters[paired[k].Group] = clusters.GetValueOrDefault(paired[k].Group) + (d[k] - mean);
            }

            var g = clusters.Count;
            if (g >= 2)
            {
                var sum = clusters.Values.Sum(v => v * v);
                se = Math.Sqrt(g / (g - 1.0) * sum) / paired.Count;
            }
        }

        return new CrossValidationRow(
            row,
            all.Select(s => s.IssueId).Distinct(StringComparer.Ordinal).Count(),
            all.Average(s => s.Error),
            gain,
            se,
            all.Count(s => s.Covered) / (double)all.Count,
            all.Average(s => s.Width),
            all.Average(s => s.Crps));
    }

    private sealed record Scored(string IssueId, string Group, double Error, double? ReferenceError, bool Covered, double Width, double Crps);
}
