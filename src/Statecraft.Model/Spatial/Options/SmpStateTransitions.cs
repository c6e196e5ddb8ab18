namespace Statecraft.Model.Spatial.Options;

/// <summary>How each actor picks one bargain from its queue (KTAB <c>StateTransitions</c>, §3.12).</summary>
/// <remarks>Source: KAPSARC KTAB.</remarks>
public enum SmpStateTransitions
{
    /// <summary>The most probable bargain; on a tie the first in queue order (KTAB default).</summary>
    Deterministic,

    /// <summary>A draw with the election probabilities, from a stream seeded by (seed, turn, actor).</summary>
    Stochastic,
}
