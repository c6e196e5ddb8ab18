namespace Statecraft.Model.Unrest.Options;

/// <summary>The shape of the neighbourhood an agent or cop sees within its vision radius v.</summary>
/// <remarks>
/// §5.8. The own site is never part of the neighbourhood. Cell counts at v = 7: 148 (disc), 112 (von
/// Neumann), 224 (Moore); at v = 1.7 the disc is the Moore ring of 8 cells.
/// </remarks>
public enum VisionMetric
{
    /// <summary>All sites with dx² + dy² ≤ v² (NetLogo's <c>in-radius</c>; the only reading under which the paper's v = 1.7 makes sense). The default.</summary>
    EuclideanDisc,

    /// <summary>All sites with |dx| + |dy| ≤ ⌊v⌋ (Mesa's current choice).</summary>
    VonNeumann,

    /// <summary>All sites with max(|dx|, |dy|) ≤ ⌊v⌋ (Mesa, briefly, in October 2024).</summary>
    Moore,
}
