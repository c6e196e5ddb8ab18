namespace Statecraft.Model.Unrest.Options;

/// <summary>How an agent counts itself among the actives A when it estimates its arrest probability.</summary>
/// <remarks>§5.4: "the agent always counts himself as active" (Epstein 2002, as quoted), so A ≥ 1.</remarks>
public enum SelfCount
{
    /// <summary>A = 1 + the other free actives in view. The default.</summary>
    Once,

    /// <summary>A = 1 + every free active in view, the agent itself included when it is active (NetLogo), so an active agent counts twice.</summary>
    NetLogoDouble,
}
