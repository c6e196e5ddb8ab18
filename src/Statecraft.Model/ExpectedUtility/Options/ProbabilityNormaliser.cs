namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>How the support S_ij for i against j becomes a probability of prevailing P_ij (§2.3 step 3, ambiguity 1).</summary>
public enum ProbabilityNormaliser
{
    /// <summary>P_ij = S_ij / Z with one Z = Σ_k Σ_a Σ_b |v_k(x_a, x_b)| per pass, so P is of order 1/n² (Scholz's code).</summary>
    GlobalZ,

    /// <summary>P_ij = S_ij / Σ_k |v_k(x_i, x_j)|, so P_ij + P_ji = 1 (Scholz et al. 2011 eq. 30–31; Bueno de Mesquita 1997 p. 244).</summary>
    PairNormalised,
}
