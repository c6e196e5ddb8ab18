using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Why a run of the expected-utility model stopped.</summary>
public enum StopReason
{
    /// <summary>The round limit was reached (always the case under <see cref="StoppingRule.FixedRounds"/>).</summary>
    RoundLimit,

    /// <summary>The median stayed within ε·R for k rounds.</summary>
    Plateau,

    /// <summary>The median's shift fell below (1 − β)·R.</summary>
    DiscountRule,

    /// <summary>The positions repeated an earlier round within the tolerance.</summary>
    Cycle,

    /// <summary>No dynamics: fewer than two actors, or all actors at one position (at the start, or, when R is recomputed, at the start of a round).</summary>
    NoDynamics,
}
