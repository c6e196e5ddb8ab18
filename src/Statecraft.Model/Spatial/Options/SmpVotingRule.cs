namespace Statecraft.Model.Spatial.Options;

/// <summary>How a difference in utility becomes a vote (KTAB <c>VotingRule</c>, §3.5).</summary>
/// <remarks>With weight w and Δ = u(a) − u(b). Source: KAPSARC KTAB, <c>kmodel.h</c>.</remarks>
public enum SmpVotingRule
{
    /// <summary>w·clamp(Δ/1e-8, −1, 1): in effect w·sign Δ.</summary>
    Binary,

    /// <summary>w·(0.8·Δ + 0.2·clamp(Δ/1e-8, −1, 1)).</summary>
    PropBin,

    /// <summary>w·Δ (KTAB default).</summary>
    Prop,

    /// <summary>w·(0.5·Δ + 0.5·Δ³).</summary>
    PropCbc,

    /// <summary>w·Δ³.</summary>
    Cubic,

    /// <summary>Asymmetric prospect: w·Δ for a loss (Δ &lt; 0), (2/3)·w·Δ for a gain.</summary>
    ASymProsp,
}
