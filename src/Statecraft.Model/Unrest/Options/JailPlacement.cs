namespace Statecraft.Model.Unrest.Options;

/// <summary>Where a jailed agent is while it serves its term.</summary>
/// <remarks>§5.6.</remarks>
public enum JailPlacement
{
    /// <summary>The agent leaves the lattice and, on release, lands on a uniformly random empty site. The default.</summary>
    /// <remarks>
    /// The release site is a Statecraft choice. Releases are processed in ascending agent index; when no site is
    /// empty the agent stays jailed with term 0 and is tried again at the end of the next tick.
    /// </remarks>
    OffLattice,

    /// <summary>The agent stays on its cell and blocks it (Mesa).</summary>
    OnLatticeBlocking,

    /// <summary>The agent stays on its cell but the cell counts as empty; on release it is free again where it stands (NetLogo).</summary>
    OnLatticeEmpty,
}
