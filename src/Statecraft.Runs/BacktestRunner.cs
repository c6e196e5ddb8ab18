using System.Collections.Immutable;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;

namespace Statecraft.Runs;

/// <summary>Scores models and the naive baselines against a data set's recorded outcomes, in sample or cross-validated.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BacktestRunner
{
    /// <summary>The <c>--cv</c> values: the four schemes, then <c>all</c> (the four, and the acceptance rule).</summary>
    public static ImmutableArray<string> SchemeNames { get; } =
        [.. Enum.GetValues<CrossValidationScheme>().Select(CrossValidationReport.NameOf), "all"];

    /// <summary>Runs the backtest.</summary>
    /// <param name="loaded">The data set, with recorded outcomes.</param>
    /// <param name="models">Comma-separated model names, or <see langword="null"/> for every model; each runs with the data set's own settings.</param>
    /// <param name="seed">The root seed of the stochastic models, or <see langword="null"/> for <see cref="ForecastRunner.DefaultSeed"/>.</param>
    /// <param name="cancellation">Stops the run between proposals.</param>
    /// <returns>The report: n, MAE, median AE and RMSE per model and baseline.</returns>
    /// <exception cref="UserInputException">No issue has a recorded outcome, or a model is not known.</exception>
    public static BacktestReport Run(LoadedScenario loaded, string? models, ulong? seed, CancellationToken cancellation)
    {
        var entries = Entries(loaded, models);
        var context = new ModelRunContext(seed ?? ForecastRunner.DefaultSeed) { Cancellation = cancellation };
        return Backtester.Run(loaded.Scenario, entries, context, NaiveBaseline.All);
    }

    /// <summary>Runs the cross-validated backtest (docs/backtest.md).</summary>
    /// <param name="loaded">The data set, with recorded outcomes.</param>
    /// <param name="models">Comma-separated model names, or <see langword="null"/> for every model.</param>
    /// <param name="scheme">One of <see cref="SchemeNames"/>.</param>
    /// <param name="seed">The root seed (k-fold shuffles, stochastic models), or <see langword="null"/> for <see cref="ForecastRunner.DefaultSeed"/>.</param>
    /// <param name="repeats">k-fold repetitions, or <see langword="null"/> for 10.</param>
    /// <param name="folds">k-fold folds, or <see langword="null"/> for 10.</param>
    /// <param name="cancellation">Stops the run between proposals and splits.</param>
    /// <returns>One report per scheme, and the acceptance verdicts when all four ran.</returns>
    /// <exception cref="UserInputException">No issue has a recorded outcome, a model is not known, or the data cannot be split that way.</exception>
    public static (ImmutableArray<CrossValidationReport> Reports, ImmutableArray<AcceptanceVerdict>? Verdicts) CrossValidate(
        LoadedScenario loaded, string? models, string scheme, ulong? seed, int? repeats, int? folds, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var entries = Entries(loaded, models);
        var name = scheme.ToLowerInvariant();
        var schemes = Enum.GetValues<CrossValidationScheme>().Where(s => name == "all" || CrossValidationReport.NameOf(s) == name).ToArray();
        if (schemes.Length == 0)
        {
            throw new UserInputException($"--cv {scheme} is not a scheme; use {string.Join(", ", SchemeNames[..^1])} or {SchemeNames[^1]}.");
        }

        var context = new ModelRunContext(seed ?? ForecastRunner.DefaultSeed) { Cancellation = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            var reports = CrossValidator.Run(loaded.Scenario, entries, schemes, context, repeats ?? 10, folds ?? 10);
            return (reports, reports.Length == 4 ? AcceptanceRule.Evaluate(reports) : null);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException($"{loaded.Name}: --cv {name}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }
    }

    private static List<BacktestEntry> Entries(LoadedScenario loaded, string? models)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!loaded.Scenario.Issues.Any(i => i.Outcome is not null))
        {
            throw new UserInputException($"{loaded.Name}: no issue has a recorded outcome, so there is nothing to score.");
        }

        return (models ?? string.Join(',', ModelCatalog.All.Select(m => m.Name)))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name =>
            {
                var model = ModelResolver.Resolve(name);
                return new BacktestEntry(model, ModelResolver.Settings(loaded.Scenario, model, null, null, []));
            })
            .ToList();
    }
}
