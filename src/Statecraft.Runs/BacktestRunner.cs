using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;

namespace Statecraft.Runs;

/// <summary>Scores models and the naive baselines against a data set's recorded outcomes.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BacktestRunner
{
    /// <summary>Runs the backtest.</summary>
    /// <param name="loaded">The data set, with recorded outcomes.</param>
    /// <param name="models">Comma-separated model names, or <see langword="null"/> for every model; each runs with the data set's own settings.</param>
    /// <param name="seed">The root seed of the stochastic models, or <see langword="null"/> for <see cref="ForecastRunner.DefaultSeed"/>.</param>
    /// <param name="cancellation">Stops the run between proposals.</param>
    /// <returns>The report: n, MAE, median AE and RMSE per model and baseline.</returns>
    /// <exception cref="UserInputException">No issue has a recorded outcome, or a model is not known.</exception>
    public static BacktestReport Run(LoadedScenario loaded, string? models, ulong? seed, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (!loaded.Scenario.Issues.Any(i => i.Outcome is not null))
        {
            throw new UserInputException($"{loaded.Name}: no issue has a recorded outcome, so there is nothing to score.");
        }

        var entries = (models ?? string.Join(',', ModelCatalog.All.Select(m => m.Name)))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name =>
            {
                var model = ModelResolver.Resolve(name);
                return new BacktestEntry(model, ModelResolver.Settings(loaded.Scenario, model, null, null, []));
            })
            .ToList();
        var context = new ModelRunContext(seed ?? ForecastRunner.DefaultSeed) { Cancellation = cancellation };
        return Backtester.Run(loaded.Scenario, entries, context, NaiveBaseline.All);
    }
}
