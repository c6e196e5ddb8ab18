namespace Statecraft.Model.Unrest.Options;

/// <summary>How the initial agents and cops are placed on the lattice.</summary>
/// <remarks>§5.2.</remarks>
public enum PlacementRule
{
    /// <summary>round(density × sites) actors of each kind on distinct random sites, cops first (NetLogo). The default.</summary>
    ExactCount,

    /// <summary>Each site independently holds a cop with probability d_cop, else an agent with probability d_agent (Mesa).</summary>
    Bernoulli,
}
