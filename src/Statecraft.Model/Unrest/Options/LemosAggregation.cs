namespace Statecraft.Model.Unrest.Options;

/// <summary>How the Lemos-style feedback law aggregates legality ℓ, justification j and consent κ into legitimacy.</summary>
/// <remarks>§5.14, law 4 (the four aggregations named in Lemos, Lopes &amp; Coelho 2016; the formulas are Statecraft's).</remarks>
public enum LemosAggregation
{
    /// <summary>L = ω_ℓ·ℓ + ω_j·j + ω_c·κ.</summary>
    WeightedAverage,

    /// <summary>L = ℓ^ω_ℓ · j^ω_j · κ^ω_c.</summary>
    Geometric,

    /// <summary>L_{τ+1} = L_τ·(1 − λ_s·[κ* − κ_τ]⁺), a ratchet that never rises.</summary>
    SystemSupport,

    /// <summary>L = j.</summary>
    Justification,
}
