namespace Statecraft.Model.Unrest;

/// <summary>The state of one citizen in the civil-violence model.</summary>
/// <remarks>Epstein (2002): agents are quiet, active (openly rebelling) or jailed. <c>default</c> is <see cref="Quiet"/>.</remarks>
public enum AgentState : byte
{
    /// <summary>Not rebelling.</summary>
    Quiet = 0,

    /// <summary>Openly rebelling.</summary>
    Active = 1,

    /// <summary>Serving a jail term; does not act.</summary>
    Jailed = 2,
}
