namespace Statecraft.Model.Spatial.Options;

/// <summary>What a third party expects to happen to itself after joining one side of a challenge (KTAB <c>ThirdPartyCommit</c>, §3.9).</summary>
/// <remarks>Source: KAPSARC KTAB. Under <see cref="NoCommit"/> and <see cref="FullCommit"/> KTAB's third parties never vote (quirk Q1).</remarks>
public enum SmpThirdPartyCommit
{
    /// <summary>A third party keeps its own position whichever side wins.</summary>
    NoCommit,

    /// <summary>A third party on the winning side keeps its own position; one on the losing side is dragged to the winner's (KTAB default).</summary>
    SemiCommit,

    /// <summary>A third party always ends at the winner's position.</summary>
    FullCommit,
}
