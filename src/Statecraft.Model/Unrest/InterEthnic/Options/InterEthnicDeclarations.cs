using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest.InterEthnic.Options;

/// <summary>
/// Every option of the inter-ethnic Model II, declared once: name, default, allowed values and description. Help texts,
/// <see cref="InterEthnicSettings.Read"/>, <see cref="InterEthnicOptions.Validate"/> and the unknown-name check use these
/// (docs/reference/unrest.md §5.13).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class InterEthnicDeclarations
{
    public const int DefaultMaxJailTerm = 15;

    public static TextOption Run { get; } = new("run", "ii-genocide", string.Join(", ", InterEthnicRuns.Names) + " or 6–8", "A named Model II run (docs/models/unrest.md, Model II).")
    {
        Refused = ["no-such-run"],
    };

    public static IntegerOption Width { get; } = new("width", 40, 3, 100_000, "Lattice width (sites), at least 2·⌊vision⌋ + 1.");

    public static IntegerOption Height { get; } = new("height", 40, 3, 100_000, "Lattice height (sites), at least 2·⌊vision⌋ + 1.");

    public static NumberOption AgentDensity { get; } = new("agent-density", 0.7, 0, 1, "Initial agents per site, both groups.");

    public static NumberOption BlueShare { get; } = new("blue-share", 0.5, 0, 1, "Share of the initial agents that are Blue.");

    public static NumberOption CopDensity { get; } = new("cop-density", 0, 0, 1, "Cops per site while on duty.");

    public static IntegerOption CopsArrive { get; } = new("cops-arrive", 0, 0, 1_000_000, "Tick at which the cops arrive (peacekeepers: 50); at most the longest run, 1,000,000 ticks.");

    public static TextOption CopsWithdraw { get; } = new("cops-withdraw", "never", "a tick after cops-arrive, or never", "Tick from which the cops are withdrawn.");

    public static NumberOption Vision { get; } = new("vision", 1.7, 0, 1000, "Agent and cop vision radius.");

    public static NumberOption AgentVision { get; } = new("agent-vision", 1.7, 0, 1000, "Agent vision radius v.");

    public static NumberOption CopVision { get; } = new("cop-vision", 1.7, 0, 1000, "Cop vision radius v*.");

    public static NumberOption Legitimacy { get; } = new("legitimacy", 0.8, 0, 1, "Legitimacy each group accords the other (both groups).");

    public static NumberOption BlueLegitimacy { get; } = new("blue-legitimacy", 0.8, 0, 1, "L_B, the legitimacy Blue accords Green.");

    public static NumberOption GreenLegitimacy { get; } = new("green-legitimacy", 0.8, 0, 1, "L_G, the legitimacy Green accords Blue.");

    public static TextOption MaxJailTermOption { get; } = MaxJailTerm.Declare(DefaultMaxJailTerm);

    public static ChoiceOption<JailTermRule> JailTerm { get; } = new("jail-term", JailTermRule.OneToJ, "Jail-term distribution (§5.6).");

    public static NumberOption K { get; } = new("k", ArrestProbability.ConventionalK, 0, 100, "k in P = 1 − exp(−k·f(C/A)).");

    public static NumberOption Threshold { get; } = new("threshold", 0.1, 0, 1, "Activation threshold T.");

    public static ChoiceOption<ArrestRatioRule> ArrestRatioRule { get; } = new("arrest-ratio-rule", Unrest.Options.ArrestRatioRule.Floor, "The ratio function f (§5.4).");

    public static ChoiceOption<SelfCount> SelfCount { get; } = new("self-count", Unrest.Options.SelfCount.Once, "How an agent counts itself among actives.");

    public static ChoiceOption<VisionMetric> VisionMetric { get; } = new("vision-metric", Unrest.Options.VisionMetric.EuclideanDisc, "Vision neighbourhood (§5.8).");

    public static FlagOption AgentMovement { get; } = new("agent-movement", true, "Whether agents move (rule M).");

    public static ChoiceOption<KillingActivation> KillingActivation { get; } = new("killing-activation", Options.KillingActivation.TargetInView, "Whether an agent can be active with nobody of the other group in view.");

    public static NumberOption CloneProbability { get; } = new("clone-probability", 0.05, 0, 1, "Probability per tick that a free agent clones onto an empty neighbouring site.");

    public static IntegerOption MaxAge { get; } = new("max-age", 200, 1, 1_000_000, "Death ages are uniform on {1, …, max-age}.");

    public static ChoiceOption<InitialAge> InitialAge { get; } = new("initial-age", Options.InitialAge.Newborn, "Ages of the agents placed at tick 0.");

    /// <summary>Gets the options in the order help lists them.</summary>
    public static IReadOnlyList<ModelOption> All { get; } =
    [
        Run, Width, Height, AgentDensity, BlueShare, CopDensity, CopsArrive, CopsWithdraw, Vision, AgentVision, CopVision,
        Legitimacy, BlueLegitimacy, GreenLegitimacy, MaxJailTermOption, JailTerm, K, Threshold, ArrestRatioRule, SelfCount,
        VisionMetric, AgentMovement, KillingActivation, CloneProbability, MaxAge, InitialAge,
    ];
}
