namespace Statecraft.Model.Spatial.Options;

/// <summary>How actor h perceives actor i's risk attitude (KTAB <c>BigRAdjust</c>, §3.8).</summary>
/// <remarks>r_hi mixes h's own R_h and i's true R_i; r_hh = R_h always. Source: KAPSARC KTAB.</remarks>
public enum SmpBigRAdjust
{
    /// <summary>r_hi = R_h: h projects its own attitude on everyone.</summary>
    None,

    /// <summary>r_hi = (2R_h + R_i)/3 (KTAB default).</summary>
    OneThird,

    /// <summary>r_hi = (R_h + R_i)/2.</summary>
    Half,

    /// <summary>r_hi = (R_h + 2R_i)/3.</summary>
    TwoThirds,

    /// <summary>r_hi = R_i: perfect perception. KTAB always aborts with it (quirk Q3).</summary>
    Full,
}
