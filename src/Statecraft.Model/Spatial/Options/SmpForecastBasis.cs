namespace Statecraft.Model.Spatial.Options;

/// <summary>Which number the model reports as the forecast of each dimension (§3.15).</summary>
/// <remarks>KTAB itself prints no single forecast; both are [Statecraft] summaries of the final state.</remarks>
public enum SmpForecastBasis
{
    /// <summary>Σ c s x / Σ c s over the final positions, undefined when nobody has salience on the dimension.</summary>
    WeightedMean,

    /// <summary>Σ_m P_m·x_m over the final position clusters, P_m being each cluster's probability of prevailing.</summary>
    ClusterMean,
}
