namespace Statecraft.Model.Unrest.Options;

/// <summary>Whether legitimacy is one number for all agents or perceived by each agent from what it sees.</summary>
/// <remarks>§5.14 (Lemos, Lopes &amp; Coelho 2016 compare both; the local forms are Statecraft's).</remarks>
public enum LegitimacyScope
{
    /// <summary>One L for all agents. The default.</summary>
    Global,

    /// <summary>Each agent perceives its own L_i from its vision neighbourhood.</summary>
    Local,
}
