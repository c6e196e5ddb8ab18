namespace Statecraft.Model.Spatial.Options;

/// <summary>Whether the model reproduces KTAB's known quirks or fixes them (§3.17).</summary>
/// <remarks>Both modes use the canonical queue order and per-run random streams.</remarks>
public enum SmpMode
{
    /// <summary>Reproduces KTAB's deterministic behaviour, quirks Q1–Q8 included; the mode for validation (default).</summary>
    KtabCompatible,

    /// <summary>Fixes quirks Q1–Q7: sincere third-party votes, no spurious sanity aborts, the intended bargain inputs [Statecraft].</summary>
    Corrected,
}
