namespace Statecraft.Model.TwoFronts.Options;

/// <summary>What the coupling uses as the forecast F_{i,t} (§6.3).</summary>
public enum ForecastStatistic
{
    /// <summary>
    /// The bargaining model's own forecast after the round (the default): the median μ for the expected-utility model,
    /// the compromise O for the compromise model, the voting mean for the exchange model, the per-dimension summary for
    /// the spatial model.
    /// </summary>
    /// <remarks>
    /// F_{i,0}, on the initial state, is the model's value when the model is static (one snapshot). For a dynamic model
    /// it is the round-0 snapshot's <see cref="Forecasting.RoundSnapshot.Mean"/> when the model's final value equals its
    /// last snapshot's mean (and not its median), as for the spatial model's default weighted-mean summary, and the
    /// round-0 <see cref="Forecasting.RoundSnapshot.Median"/> otherwise (the expected-utility median; the exchange
    /// model's outcome, which it reports in that field).
    /// </remarks>
    Model,

    /// <summary>The capability×salience-weighted median of the round's positions (the Condorcet winner).</summary>
    Median,

    /// <summary>The capability×salience-weighted mean of the round's positions.</summary>
    Mean,
}
