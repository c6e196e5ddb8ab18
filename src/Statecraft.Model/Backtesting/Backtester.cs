using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Backtesting;

/// <summary>Scores forecasting models and naive baselines against the recorded outcomes of a scenario's issues.</summary>
/// <remarks>
/// <para>Every model runs once per group of linked issues (per DEU proposal), on a scenario holding only that group,
/// so multi-issue models see a proposal's issues together. Run g gets the seed derived from (context seed, g), so the
/// result does not depend on the thread count. Only issues with an outcome and a forecast are scored.</para>
/// <para>Accuracy: n, mean and median absolute error and RMSE, overall and per subset (<see cref="BacktestSubsets"/>),
/// as in the DEU evaluations (§1.6, §7.4). A model that throws on a group (other than for its options or a
/// cancellation) gives no forecast for that group's issues, and the failure is listed in <see cref="ModelBacktest.Failures"/>.
/// Stateless and thread-safe.</para>
/// </remarks>
public static class Backtester
{
    /// <summary>Backtests models and, optionally, the naive baselines.</summary>
    /// <param name="scenario">A scenario whose issues carry outcomes.</param>
    /// <param name="models">The models to run, in report order.</param>
    /// <param name="context">The root seed, parallelism and cancellation.</param>
    /// <param name="baselines">The baselines to add after the models; none when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ModelOptionException">A model's settings are not allowed.</exception>
    public static BacktestReport Run(
        Scenario scenario, IEnumerable<BacktestEntry> models, ModelRunContext context, IEnumerable<NaiveBaseline>? baselines = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(context);
        var entries = models.ToImmutableArray();
        var parts = ScenarioGroups.Split(scenario);
        var subsets = BacktestSubsets.Of(scenario);
        var results = ImmutableArray.CreateBuilder<ModelBacktest>();
        foreach (var entry in entries)
        {
            var forecasts = new IssueForecast?[parts.Length][];
            var failures = new string?[parts.Length];
            void RunPart(int g)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var partContext = context with { Seed = SeedSequence.Derive(context.Seed, (ulong)g), MaxDegreeOfParallelism = 1, Progress = null };
                try
                {
                    var forecast = entry.Model.Run(parts[g].Scenario, entry.Settings, partContext);
                    forecasts[g] = [.. parts[g].Scenario.Issues.Select(i => forecast.For(i.Id))];
                }
                catch (Exception e) when (e is not (OperationCanceledException or ModelOptionException))
                {
                    // A model that cannot handle one group (a documented abort, a degenerate input) gives no forecast
                    // there; the others are still scored and the failure is reported.
                    forecasts[g] = new IssueForecast?[parts[g].Scenario.Issues.Length];
                    failures[g] = $"{parts[g].Key}: {e.Message}";
                }
            }

            if (context.MaxDegreeOfParallelism > 1)
            {
                Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxDegreeOfParallelism, CancellationToken = context.Cancellation }, RunPart);
            }
            else
            {
                for (var g = 0; g < parts.Length; g++)
                {
                    RunPart(g);
                }
            }

            var predicted = new Dictionary<string, double?>(StringComparer.Ordinal);
            for (var g = 0; g < parts.Length; g++)
            {
                var issues = parts[g].Scenario.Issues;
                for (var k = 0; k < issues.Length; k++)
                {
                    predicted[issues[k].Id] = forecasts[g][k]?.Value;
                }
            }

            results.Add(Score(entry.Name, false, scenario, subsets, i => predicted[i.Id]) with
            {
                Failures = [.. failures.Where(f => f is not null).Select(f => f!)],
            });
        }

        foreach (var baseline in baselines ?? [])
        {
            results.Add(Score(baseline.Name, true, scenario, subsets, i => baseline.Predict(scenario, i)));
        }

        return new BacktestReport(results.ToImmutable(), scenario.Issues.Length, scenario.Issues.Count(i => i.Outcome is not null), parts.Length);
    }

    /// <summary>Scores a forecast function on every issue with an outcome.</summary>
    /// <param name="name">The name in the report.</param>
    /// <param name="isBaseline">Whether it is a naive baseline.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="subsets">The subset keys of each issue.</param>
    /// <param name="predict">The forecast of an issue, or <see langword="null"/>.</param>
    /// <returns>The model's backtest.</returns>
    public static ModelBacktest Score(
        string name, bool isBaseline, Scenario scenario, IReadOnlyDictionary<string, ImmutableArray<string>> subsets, Func<Issue, double?> predict)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(subsets);
        ArgumentNullException.ThrowIfNull(predict);
        var predictions = ImmutableArray.CreateBuilder<BacktestPrediction>();
        var bySubset = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var issue in scenario.Issues)
        {
            if (issue.Outcome is not { } actual || predict(issue) is not { } value)
            {
                continue;
            }

            var p = new BacktestPrediction(issue.Id, issue.Group, value, actual);
            predictions.Add(p);
            foreach (var key in subsets[issue.Id])
            {
                if (!bySubset.TryGetValue(key, out var list))
                {
                    bySubset[key] = list = [];
                }

                list.Add(p.Error);
            }
        }

        var all = predictions.ToImmutable();
        return new ModelBacktest(
            name,
            isBaseline,
            ErrorSummary.FromErrors(all.Select(p => p.Error)),
            bySubset.ToImmutableSortedDictionary(kv => kv.Key, kv => ErrorSummary.FromErrors(kv.Value), StringComparer.Ordinal),
            all);
    }
}
