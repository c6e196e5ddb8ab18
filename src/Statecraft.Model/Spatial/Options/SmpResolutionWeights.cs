namespace Statecraft.Model.Spatial.Options;

/// <summary>The voting weight used to set risk attitudes, choose bargains and report win probabilities (§3.16–3.17).</summary>
/// <remarks>Challenges always use c·S. [Statecraft] option; KTAB uses capability.</remarks>
public enum SmpResolutionWeights
{
    /// <summary>c_i (KTAB).</summary>
    Capability,

    /// <summary>c_i·S_i, the same weight as in challenges.</summary>
    CapabilityTimesSalience,
}
