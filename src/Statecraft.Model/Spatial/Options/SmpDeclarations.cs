using Statecraft.Model.Domain;

namespace Statecraft.Model.Spatial.Options;

/// <summary>
/// Every option of the Spatial Model of Politics, declared once: name, aliases, default, allowed values and description.
/// Help texts, <see cref="SmpOptions.FromSettings"/>, <see cref="SmpOptions.Validate"/> and the unknown-name check use these.
/// </summary>
/// <remarks>
/// Aliases are KTAB's XML element names (§3.18), matched case-insensitively, and their kebab-case forms, so that
/// parameters read from a KTAB scenario file arrive unchanged. KTAB's nine parameters come first. Immutable and thread-safe.
/// </remarks>
internal static class SmpDeclarations
{
    public static ChoiceOption<SmpVictoryProbModel> VictoryProbModel { get; } = new("victory-prob-model", SmpVictoryProbModel.Linear, "KTAB VictoryProbModel: V(a,b) = C(a:b)^ν/(C(a:b)^ν + C(b:a)^ν), ν = 1, 2, 4, 8, or a steep ramp (docs/reference/spatial.md §3.6).")
    {
        Aliases = ["VictoryProbModel", "vp-model"],
    };

    public static ChoiceOption<SmpPceModel> PceModel { get; } = new("pce-model", SmpPceModel.Conditional, "KTAB PCEModel: how pairwise victory probabilities become one distribution (docs/reference/spatial.md §3.7).")
    {
        Aliases = ["PCEModel", "p-c-e-model"],
    };

    public static ChoiceOption<SmpStateTransitions> StateTransitions { get; } = new("state-transitions", SmpStateTransitions.Deterministic, "KTAB StateTransitions: take each queue's most probable bargain, or draw one with a seeded stream (docs/reference/spatial.md §3.12).")
    {
        Aliases = ["StateTransitions"],
    };

    public static ChoiceOption<SmpVotingRule> VotingRule { get; } = new("voting-rule", SmpVotingRule.Prop, "KTAB VotingRule: how a utility difference becomes a vote (docs/reference/spatial.md §3.5).")
    {
        Aliases = ["VotingRule"],
    };

    public static ChoiceOption<SmpBigRAdjust> BigRAdjust { get; } = new("big-r-adjust", SmpBigRAdjust.OneThird, "KTAB BigRAdjust: how h perceives i's risk attitude, r_hi between R_h and R_i (docs/reference/spatial.md §3.8).")
    {
        Aliases = ["BigRAdjust", "big-radjust"],
    };

    public static ChoiceOption<SmpBigRRange> BigRRange { get; } = new("big-r-range", SmpBigRRange.Mid, "KTAB BigRRange: risk attitudes on [0, 1], [−½, 1] or [−1, 1] (docs/reference/spatial.md §3.8).")
    {
        Aliases = ["BigRRange", "big-rrange"],
    };

    public static ChoiceOption<SmpThirdPartyCommit> ThirdPartyCommit { get; } = new("third-party-commit", SmpThirdPartyCommit.SemiCommit, "KTAB ThirdPartyCommit: what a third party expects after joining a side (docs/reference/spatial.md §3.9).")
    {
        Aliases = ["ThirdPartyCommit"],
    };

    public static ChoiceOption<SmpBargainInterpolation> InterVecBrgn { get; } = new("inter-vec-brgn", SmpBargainInterpolation.S2P2, "KTAB InterVecBrgn: bargain weights s·p, s²·p², or only the weaker side moves (docs/reference/spatial.md §3.11).")
    {
        Aliases = ["InterVecBrgn", "bargain-interpolation"],
    };

    public static ChoiceOption<SmpBargainModel> BargnModel { get; } = new("bargn-model", SmpBargainModel.InitOnlyInterp, "KTAB BargnModel: whose estimate shapes the bargain (docs/reference/spatial.md §3.11).")
    {
        Aliases = ["BargnModel", "bargain-model"],
    };

    public static ChoiceOption<SmpMode> Mode { get; } = new("mode", SmpMode.KtabCompatible, "Reproduce KTAB's known quirks Q1–Q8, or fix them (docs/reference/spatial.md §3.17).")
    {
        Aliases = ["ktab-mode", "KtabMode"],
    };

    public static ChoiceOption<SmpResolutionWeights> ResolutionWeights { get; } = new("resolution-weights", SmpResolutionWeights.Capability, "Voting weight of risk attitudes, bargain choice and win probabilities (docs/reference/spatial.md §3.16).")
    {
        Aliases = ["ResolutionWeights"],
    };

    public static ChoiceOption<SmpForecastBasis> Forecast { get; } = new("forecast", SmpForecastBasis.WeightedMean, "Each issue's forecast: Σ c s x/Σ c s of the final positions, or the win-probability-weighted mean of the final clusters (docs/reference/spatial.md §3.15).");

    public static IntegerOption MinTurns { get; } = new("min-turns", 2, 1, 10_000, "Fewest turns before the convergence test applies, at most max-turns (docs/reference/spatial.md §3.14).");

    public static IntegerOption MaxTurns { get; } = new("max-turns", 100, 1, 10_000, "Largest number of turns; --rounds sets it too (docs/reference/spatial.md §3.14).")
    {
        Aliases = ["rounds"],
    };

    public static NumberOption StopRatio { get; } = new("stop-ratio", 0.02, 0, 1, "Stop when Δ(t−1, t)/(Δ(0, 1) + stop-floor) falls below this (docs/reference/spatial.md §3.14).");

    public static NumberOption StopFloor { get; } = new("stop-floor", 1e-4, double.Epsilon, 1, "Floor added to the first move in the convergence test (docs/reference/spatial.md §3.14).");

    public static IntegerOption PceMaxIterations { get; } = new("pce-max-iterations", 10_000, 1, 10_000_000, "Cap on the Markov PCE iterations; reaching it leaves a warning (docs/reference/spatial.md §3.17 Q9).");

    public static TextOption Seed { get; } = new("seed", "the run's", "[0, 18446744073709551615]", "Root seed of the stochastic transitions; overrides the run's seed (--seed, else the scenario's prngSeed).")
    {
        Refused = ["-1", "18446744073709551616"],
        DescribesDefault = true,
    };

    public static TextOption IdealAdjustment { get; } = new("ideal-adjustment", "identity", "'adjusting:reference=value; …' with actor ids", "KTAB IdealAdjustment: entries a_ij of the accommodation matrix that pulls ideals towards positions (docs/reference/spatial.md §3.13); alias affinity.")
    {
        Aliases = ["affinity", "IdealAdjustment"],
        DescribesDefault = true,
    };

    /// <summary>Gets the options in the order help lists them.</summary>
    public static IReadOnlyList<ModelOption> All { get; } =
    [
        VictoryProbModel, PceModel, StateTransitions, VotingRule, BigRAdjust, BigRRange, ThirdPartyCommit, InterVecBrgn,
        BargnModel, Mode, ResolutionWeights, Forecast, MinTurns, MaxTurns, StopRatio, StopFloor, PceMaxIterations, Seed,
        IdealAdjustment,
    ];
}
