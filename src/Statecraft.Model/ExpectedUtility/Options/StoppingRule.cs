namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>When a run of the expected-utility model stops (§2.5); every rule is capped by the round limit.</summary>
public enum StoppingRule
{
    /// <summary>Play exactly the given number of rounds (default; use for replication).</summary>
    FixedRounds,

    /// <summary>Stop after round t when |μ_u − μ_{u−1}| ≤ ε·R for each of the last k rounds.</summary>
    Plateau,

    /// <summary>Stop after the first round t ≥ 1 with |μ_t − μ_{t−1}| &lt; (1 − β)·R [Statecraft operationalisation of Bueno de Mesquita 1997/2002].</summary>
    DiscountRule,

    /// <summary>Stop when the position vector repeats one of the previous p_max rounds within a tolerance (a cycle, or a fixed point when the period is 1).</summary>
    CycleDetection,
}
