namespace Statecraft.Model.Forecasting;

/// <summary>One of the two statistics every <see cref="RoundSnapshot"/> carries.</summary>
public enum SnapshotStatistic
{
    /// <summary><see cref="RoundSnapshot.Median"/>: the weighted median, or the exchange model's outcome.</summary>
    Median,

    /// <summary><see cref="RoundSnapshot.Mean"/>: the capability×salience-weighted mean.</summary>
    Mean,
}
