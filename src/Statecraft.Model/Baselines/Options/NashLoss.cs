namespace Statecraft.Model.Baselines.Options;

/// <summary>The utility loss each actor suffers as the outcome moves away from its ideal point (§1.5).</summary>
public enum NashLoss
{
    /// <summary>u_i(y) = −(y − x_i)² (default).</summary>
    Quadratic,

    /// <summary>u_i(y) = −|y − x_i|.</summary>
    Linear,
}
