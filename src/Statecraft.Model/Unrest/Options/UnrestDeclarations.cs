using Statecraft.Model.Domain;

namespace Statecraft.Model.Unrest.Options;

/// <summary>
/// Every option of the civil-violence Model I, declared once: name, default (under the <c>statecraft</c> preset), allowed
/// values and description. Help texts, <see cref="UnrestSettings.Read"/>, <see cref="UnrestOptions.Validate"/> and the
/// unknown-name check use these (docs/reference/unrest.md §5).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class UnrestDeclarations
{
    public static ChoiceOption<UnrestPreset> Preset { get; } = new("preset", UnrestPreset.Statecraft, "Variant switches and default parameters (docs/reference/unrest.md §5.10).");

    public static IntegerOption Run { get; } = new("run", 2, 1, UnrestRuns.Count, "The paper's Table 2 run (docs/reference/unrest.md §5.11), applied over the preset's switches.") { DefaultShown = "none" };

    public static IntegerOption Width { get; } = new("width", 40, 3, 100_000, "Lattice width (sites), at least 2·⌊vision⌋ + 1.");

    public static IntegerOption Height { get; } = new("height", 40, 3, 100_000, "Lattice height (sites), at least 2·⌊vision⌋ + 1.");

    public static NumberOption AgentDensity { get; } = new("agent-density", 0.7, 0, 1, "Citizens per site.");

    public static NumberOption CopDensity { get; } = new("cop-density", 0.04, 0, 1, "Cops per site.");

    public static NumberOption Vision { get; } = new("vision", 7, 0, 1000, "Agent and cop vision radius.");

    public static NumberOption AgentVision { get; } = new("agent-vision", 7, 0, 1000, "Agent vision radius v.");

    public static NumberOption CopVision { get; } = new("cop-vision", 7, 0, 1000, "Cop vision radius v*.");

    public static NumberOption Legitimacy { get; } = new("legitimacy", 0.82, 0, 1, "Initial legitimacy L₀.");

    public const int DefaultMaxJailTerm = 30;

    public static TextOption MaxJailTermOption { get; } = MaxJailTerm.Declare(DefaultMaxJailTerm);

    public static NumberOption K { get; } = new("k", ArrestProbability.ConventionalK, 0, 100, "k in P = 1 − exp(−k·f(C/A)).");

    public static NumberOption Threshold { get; } = new("threshold", 0.1, 0, 1, "Activation threshold T.");

    public static FlagOption AgentMovement { get; } = new("agent-movement", true, "Whether agents move (Run 1: false).");

    public static FlagOption CopsMoveWhenAgentsFrozen { get; } = new("cops-move-when-agents-frozen", true, "Whether cops move when agents do not.");

    public static NumberOption JailDeterrenceExponent { get; } = new("jail-deterrence-exponent", 0, 0, 10, "α in N = R·P·J^α (unverified; 0 disables).");

    public static ChoiceOption<ArrestRatioRule> ArrestRatioRule { get; } = new("arrest-ratio-rule", Options.ArrestRatioRule.Floor, "The ratio function f (§5.4).");

    public static ChoiceOption<SelfCount> SelfCount { get; } = new("self-count", Options.SelfCount.Once, "How an agent counts itself among actives.");

    public static FlagOption CountOwnSiteCops { get; } = new("count-own-site-cops", false, "Whether C includes cops on the agent's site.");

    public static ChoiceOption<VisionMetric> VisionMetric { get; } = new("vision-metric", Options.VisionMetric.EuclideanDisc, "Vision neighbourhood (§5.8).");

    public static ChoiceOption<ActivationOrder> Order { get; } = new("order", ActivationOrder.MoveThenAct, "Order within an activation (§5.9).");

    public static ChoiceOption<JailPlacement> JailPlacement { get; } = new("jail-placement", Options.JailPlacement.OffLattice, "Where jailed agents are (§5.6).");

    public static ChoiceOption<JailTermRule> JailTerm { get; } = new("jail-term", JailTermRule.OneToJ, "Jail-term distribution (§5.6).");

    public static ChoiceOption<JailCountdown> JailCountdown { get; } = new("jail-countdown", Options.JailCountdown.EndOfTick, "When terms count down.");

    public static FlagOption CopStepsOntoArrest { get; } = new("cop-steps-onto-arrest", false, "Whether a cop moves onto its arrestee's site.");

    public static ChoiceOption<PlacementRule> Placement { get; } = new("placement", PlacementRule.ExactCount, "Initial placement (§5.2).");

    public static IntegerOption OutburstThreshold { get; } = new("outburst-threshold", 50, 0, int.MaxValue, "Actives above which a tick is part of an outburst (§5.12).");

    public static FlagOption HardshipClamp { get; } = new("hardship-clamp", false, "Cap the coupled hardship H·(1 + η·K) at 1 (§6.3).");

    public static TextOption LegitimacyLaw { get; } = new("legitimacy-law", "constant", "constant, salami, jump, linear-erosion, lemos-feedback, synthesis", "Legitimacy law (§5.14).")
    {
        Refused = ["no-such-law"],
    };

    public static ChoiceOption<LegitimacyScope> LegitimacyScope { get; } = new("legitimacy-scope", Options.LegitimacyScope.Global, "Scope of the lemos-feedback and synthesis laws.");

    public static NumberOption ErosionRate { get; } = new("erosion-rate", 0.001, 0, 1, "λ_e of linear-erosion.");

    public static ChoiceOption<LemosAggregation> LemosAggregation { get; } = new("lemos-aggregation", Options.LemosAggregation.WeightedAverage, "Aggregation of lemos-feedback.");

    public static NumberOption Legality { get; } = new("legality", 0.82, 0, 1, "ℓ of lemos-feedback.") { DefaultShown = "L₀" };

    public static NumberOption Justification { get; } = new("justification", 0.82, 0, 1, "j of lemos-feedback.") { DefaultShown = "L₀" };

    public static NumberOption SupportDecay { get; } = new("support-decay", 0, 0, 1, "λ_s of lemos-feedback system-support.");

    public static NumberOption RecoveryRate { get; } = new("recovery-rate", 0, 0, 1, "λ_r of synthesis.");

    public static NumberOption Baseline { get; } = new("baseline", 0.82, 0, 1, "L* of synthesis.") { DefaultShown = "L₀" };

    public static NumberOption ActiveLoss { get; } = new("active-loss", 0, 0, 100, "α_a of synthesis.");

    public static NumberOption JailedLoss { get; } = new("jailed-loss", 0, 0, 100, "α_j of synthesis.");

    public static NumberOption EscalationPerArrest { get; } = new("escalation-per-arrest", 0, 0, 1000, "φ_esc of synthesis.");

    public static NumberOption BaselineDecay { get; } = new("baseline-decay", 1, 0, 1, "ρ_L of synthesis (L* ← ρ_L·L* after each outburst).");

    /// <summary>Gets the options in the order help lists them.</summary>
    public static IReadOnlyList<ModelOption> All { get; } =
    [
        Preset, Run, Width, Height, AgentDensity, CopDensity, Vision, AgentVision, CopVision, Legitimacy, MaxJailTermOption, K,
        Threshold, AgentMovement, CopsMoveWhenAgentsFrozen, JailDeterrenceExponent, ArrestRatioRule, SelfCount,
        CountOwnSiteCops, VisionMetric, Order, JailPlacement, JailTerm, JailCountdown, CopStepsOntoArrest, Placement,
        OutburstThreshold, HardshipClamp, LegitimacyLaw, LegitimacyScope, ErosionRate, LemosAggregation, Legality,
        Justification, SupportDecay, RecoveryRate, Baseline, ActiveLoss, JailedLoss, EscalationPerArrest, BaselineDecay,
    ];
}
