namespace Statecraft.Model.Spatial.Options;

/// <summary>The range onto which the actors' chances of prevailing are mapped as risk attitudes (KTAB <c>BigRRange</c>, §3.8).</summary>
/// <remarks>The actor whose position is most likely to win gets R = 1 (risk-averse). Source: KAPSARC KTAB.</remarks>
public enum SmpBigRRange
{
    /// <summary>R ∈ [0, 1].</summary>
    Min,

    /// <summary>R ∈ [−½, 1] (KTAB default).</summary>
    Mid,

    /// <summary>R ∈ [−1, 1].</summary>
    Max,
}
