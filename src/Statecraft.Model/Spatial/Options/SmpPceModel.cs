namespace Statecraft.Model.Spatial.Options;

/// <summary>How the pairwise victory probabilities of several options become one distribution (KTAB <c>PCEModel</c>, §3.7).</summary>
/// <remarks>Source: KAPSARC KTAB; B. Wise, "markov-incentives" (KTAB design note).</remarks>
public enum SmpPceModel
{
    /// <summary>P(a) ∝ Π_b V(a, b): a beats every alternative, given that exactly one option does (KTAB default).</summary>
    Conditional,

    /// <summary>A Markov chain in which the challenger of the current holder is chosen in proportion to its incentive to challenge.</summary>
    MarkovIncentive,

    /// <summary>A Markov chain in which every option is equally likely to challenge the current holder.</summary>
    MarkovUniform,
}
