namespace Statecraft.Model.Unrest.Options;

/// <summary>The distribution of the jail term drawn at an arrest, given the maximum term J_max.</summary>
/// <remarks>
/// §5.6. Epstein (2002, as quoted) draws from U(0, J_max); rounded up to whole ticks that is
/// <see cref="OneToJ"/>. A term of 0 or 1 means release at the end of the arrest tick; a term of m ≥ 1 keeps the
/// agent out of the next m − 1 ticks.
/// </remarks>
public enum JailTermRule
{
    /// <summary>An integer uniform on {1, …, J_max} (the replication specification). The default.</summary>
    OneToJ,

    /// <summary>An integer uniform on {0, …, J_max − 1} (NetLogo).</summary>
    ZeroToJMinus1,

    /// <summary>An integer uniform on {0, …, J_max} (Mesa).</summary>
    ZeroToJ,

    /// <summary>Never released (Runs 3–5 use J = ∞).</summary>
    Infinite,
}
