namespace Statecraft.Model.Spatial.Options;

/// <summary>How the bargain between an initiator and a receiver is placed, dimension by dimension (KTAB <c>InterVecBrgn</c>, §3.11).</summary>
/// <remarks>Source: KAPSARC KTAB.</remarks>
public enum SmpBargainInterpolation
{
    /// <summary>Weights s·p (salience times probability of prevailing).</summary>
    S1P1,

    /// <summary>Weights s²·p² (KTAB default).</summary>
    S2P2,

    /// <summary>Only the weaker side moves, towards the stronger, by the difference in probabilities.</summary>
    S2PMax,
}
