namespace Statecraft.Model.Spatial.Options;

/// <summary>How coalition strengths become the probability that one option beats another (KTAB <c>VictoryProbModel</c>, §3.6).</summary>
/// <remarks>With strengths C(a:b) and C(b:a), V(a, b) = C(a:b)^ν / (C(a:b)^ν + C(b:a)^ν). Source: KAPSARC KTAB, <c>smp.h</c>.</remarks>
public enum SmpVictoryProbModel
{
    /// <summary>ν = 1 (KTAB default).</summary>
    Linear,

    /// <summary>ν = 2.</summary>
    Square,

    /// <summary>ν = 4.</summary>
    Quartic,

    /// <summary>ν = 8.</summary>
    Octic,

    /// <summary>A steep linear ramp: certain victory once one side is 1.1 times stronger, continuous in between.</summary>
    Binary,
}
