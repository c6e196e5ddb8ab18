namespace Statecraft.Model.Spatial.Options;

/// <summary>Whose view of the challenge shapes the bargain (KTAB <c>BargnModel</c>, §3.11).</summary>
/// <remarks>Source: KAPSARC KTAB.</remarks>
public enum SmpBargainModel
{
    /// <summary>Only the initiator's estimate (KTAB default).</summary>
    InitOnlyInterp,

    /// <summary>Two bargains, one from each principal's estimate; both go into both queues.</summary>
    InitRcvrInterp,

    /// <summary>One bargain: the power-weighted compromise of the two principals' bargains.</summary>
    PWCompInterp,
}
