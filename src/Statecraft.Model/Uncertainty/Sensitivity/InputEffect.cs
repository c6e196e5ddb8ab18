namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>How one issue's forecast moves when one input is set to its low and its high value, the others held fixed.</summary>
/// <remarks>Immutable and thread-safe. Forecasts are on the issue's own scale.</remarks>
/// <param name="Input">The input moved.</param>
/// <param name="LowValue">The input's low value (on its own scale: position, salience or capability).</param>
/// <param name="HighValue">The input's high value.</param>
/// <param name="LowForecast">The forecast with the low value, if defined.</param>
/// <param name="HighForecast">The forecast with the high value, if defined.</param>
public readonly record struct InputEffect(ScenarioInput Input, double LowValue, double HighValue, double? LowForecast, double? HighForecast)
{
    /// <summary>Gets |high forecast − low forecast|, the width of the input's bar in a tornado chart; <see langword="null"/> when either is undefined.</summary>
    public double? Swing => LowForecast is { } lo && HighForecast is { } hi ? Math.Abs(hi - lo) : null;
}
