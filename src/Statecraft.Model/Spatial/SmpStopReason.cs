namespace Statecraft.Model.Spatial;

/// <summary>Why an SMP run stopped (§3.14).</summary>
/// <remarks>Immutable.</remarks>
public enum SmpStopReason
{
    /// <summary>The last move was small compared with the first: Δ(t−1, t)/(Δ(0, 1) + floor) &lt; ratio.</summary>
    Converged,

    /// <summary>The turn limit was reached.</summary>
    MaxTurns,
}
