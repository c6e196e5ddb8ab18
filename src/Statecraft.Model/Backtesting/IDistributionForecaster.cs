using Statecraft.Model.Domain;

namespace Statecraft.Model.Backtesting;

/// <summary>A model that forecasts a whole outcome distribution, calibrated on issues with known outcomes.</summary>
/// <remarks>
/// The cross-validated backtest calls <see cref="Calibrate"/> on each split's training issues only, so every fitted
/// choice stays inside the training folds. Models without this interface get intervals from their residuals
/// (<see cref="ResidualIntervals"/>). Implementations are stateless and thread-safe.
/// </remarks>
public interface IDistributionForecaster
{
    /// <summary>Calibrates the model on <paramref name="training"/> and returns its forecast of any issue of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario holding every issue.</param>
    /// <param name="settings">The model's option values.</param>
    /// <param name="training">The issues to calibrate on; each has an outcome.</param>
    /// <returns>The calibrated forecast of an issue, or <see langword="null"/> when the model has none for it.</returns>
    Func<Issue, IntervalForecast?> Calibrate(Scenario scenario, ModelSettings settings, IReadOnlyList<Issue> training);
}
