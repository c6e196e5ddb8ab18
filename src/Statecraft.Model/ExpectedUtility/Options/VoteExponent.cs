namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>The exponent ρ_k inside voter k's vote in the second pass of a round (§2.3 step 3, ambiguity 2).</summary>
public enum VoteExponent
{
    /// <summary>ρ_k = r_k, the voter's current risk exponent (Scholz's code).</summary>
    VoterRisk,

    /// <summary>ρ_k = 1, risk-neutral votes (Scholz et al. 2011 eq. 28).</summary>
    One,
}
