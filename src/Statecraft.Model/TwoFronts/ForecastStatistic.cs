namespace Statecraft.Model.TwoFronts;

/// <summary>The statistic of each round's positions that the coupling uses as the forecast F_{i,t} (MODELS.md §6.3).</summary>
public enum ForecastStatistic
{
    /// <summary>The capability×salience-weighted median (the Condorcet winner). The default.</summary>
    Median,

    /// <summary>The capability×salience-weighted mean.</summary>
    Mean,
}
