using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Backtesting;

/// <summary>One model to backtest, with its settings and the label it is reported under.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model.</param>
/// <param name="Settings">Its option values.</param>
/// <param name="Label">The name in the report; the model's name when <see langword="null"/>.</param>
public sealed record BacktestEntry(IForecastModel Model, ModelSettings Settings, string? Label = null)
{
    /// <summary>Gets the name in the report.</summary>
    public string Name => Label ?? Model.Name;

    /// <summary>Creates an entry with default settings.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The entry.</returns>
    public static BacktestEntry For(IForecastModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new BacktestEntry(model, ModelSettings.Empty);
    }
}
