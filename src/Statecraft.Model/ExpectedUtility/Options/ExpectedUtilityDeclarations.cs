using Statecraft.Model.Domain;

namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>
/// The expected-utility model's options, each declared once (name, default under the <c>scholz-code</c> preset, allowed
/// values, description): <see cref="ExpectedUtilityModel.Options"/>, <see cref="ExpectedUtilityOptions.FromSettings"/>
/// and <see cref="ExpectedUtilityOptions.Validate"/> all use these (§2.4, §2.5).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class ExpectedUtilityDeclarations
{
    /// <summary>Gets the preset.</summary>
    public static ChoiceOption<ExpectedUtilityPreset> Preset { get; } = new(ExpectedUtilityOptionNames.Preset, ExpectedUtilityPreset.ScholzCode, "Bundle of readings: Scholz's own program (reproduces Scholz et al. 2011 Table 2) or the paper's equations (docs/reference/expected-utility.md §2.4).");

    /// <summary>Gets ambiguity 1.</summary>
    public static ChoiceOption<ProbabilityNormaliser> ProbabilityNormaliser { get; } = new(ExpectedUtilityOptionNames.ProbabilityNormaliser, Options.ProbabilityNormaliser.GlobalZ, "Win probability: support over one global vote total (Scholz's code) or over the pair's votes (Scholz et al. eq. 30–31).");

    /// <summary>Gets ambiguity 2.</summary>
    public static ChoiceOption<VoteExponent> VoteExponent { get; } = new(ExpectedUtilityOptionNames.VoteExponent, Options.VoteExponent.VoterRisk, "Exponent in the second-pass votes: each voter's risk exponent (code) or 1 (eq. 28).");

    /// <summary>Gets ambiguity 3.</summary>
    public static ChoiceOption<Perspective> Perspective { get; } = new(ExpectedUtilityOptionNames.Perspective, Options.Perspective.Receiver, "Whose risk exponent evaluates the partner's challenge: the mover's (code) or the partner's (eq. 25b).");

    /// <summary>Gets ambiguity 4.</summary>
    public static ChoiceOption<CompromiseSelection> CompromiseSelection { get; } = new(ExpectedUtilityOptionNames.CompromiseSelection, Options.CompromiseSelection.MinWeightedPosition, "Which compromise offer is taken (code; paper §6.2; the paper's prose).");

    /// <summary>Gets ambiguity 5.</summary>
    public static ChoiceOption<CapitulationRule> Capitulation { get; } = new(ExpectedUtilityOptionNames.Capitulation, CapitulationRule.Disabled, "Whether the capitulation region of Fig. 6 yields offers (code: never; paper: yes).");

    /// <summary>Gets ambiguity 6.</summary>
    public static ChoiceOption<ConflictResolution> ConflictResolution { get; } = new(ExpectedUtilityOptionNames.ConflictResolution, Options.ConflictResolution.DeterministicMove, "What a lost conflict does: move to the winner, nobody moves, or move with probability 1 − P (seeded).");

    /// <summary>Gets ambiguity 7a.</summary>
    public static NumberOption Q { get; } = new(ExpectedUtilityOptionNames.Q, 1, 0, 1, "Q, the probability that an unchallenged target keeps its position (Scholz et al. used 1; BDM & Lalman 1986 use 0.5).");

    /// <summary>Gets ambiguity 7b.</summary>
    public static ChoiceOption<QTerm> QTerm { get; } = new(ExpectedUtilityOptionNames.QTerm, Options.QTerm.Omitted, "Whether the (1 − Q)·[T·U_b + (1 − T)·U_w] term is subtracted (paper) or dropped (code).");

    /// <summary>Gets ambiguity 7c.</summary>
    public static ChoiceOption<TRule> TRule { get; } = new(ExpectedUtilityOptionNames.TRule, Options.TRule.Geometric, "T = 1 when |x_i − μ| < |x_i − x_j| (Eftekhari & Rahimi 2014), or always.");

    /// <summary>Gets ambiguity 10.</summary>
    public static ChoiceOption<MedianRule> MedianRule { get; } = new(ExpectedUtilityOptionNames.MedianRule, Options.MedianRule.CondorcetScan, "Median: BDM's vote scan or the lower weighted median (docs/reference/conventions.md §1.4).");

    /// <summary>Gets ambiguity 11.</summary>
    public static ChoiceOption<RangeMode> RangeMode { get; } = new(ExpectedUtilityOptionNames.RangeMode, Options.RangeMode.FixedInitial, "Range R that normalises distances: from the input positions, or from each round's positions.");

    /// <summary>Gets ambiguity 12.</summary>
    public static ChoiceOption<MoveOrigin> MoveOrigin { get; } = new(ExpectedUtilityOptionNames.MoveOrigin, Options.MoveOrigin.Current, "Where a compromise move starts: the current or the input position.");

    /// <summary>Gets the round limit τ.</summary>
    public static IntegerOption Rounds { get; } = new(ExpectedUtilityOptionNames.Rounds, 10, 0, 100_000, "Rounds played under fixed-rounds; the cap under the other stopping rules.");

    /// <summary>Gets the stopping rule.</summary>
    public static ChoiceOption<StoppingRule> Stop { get; } = new(ExpectedUtilityOptionNames.Stop, StoppingRule.FixedRounds, "Stopping rule (docs/reference/expected-utility.md §2.5); the model does not converge in general.");

    /// <summary>Gets ε of the plateau rule.</summary>
    public static NumberOption PlateauEpsilon { get; } = new(ExpectedUtilityOptionNames.PlateauEpsilon, 0.001, 0, 1, "Plateau rule: largest median step, in units of R.");

    /// <summary>Gets k of the plateau rule.</summary>
    public static IntegerOption PlateauRounds { get; } = new(ExpectedUtilityOptionNames.PlateauRounds, 3, 1, 1000, "Plateau rule: rounds in a row; also the window of the median-range diagnostic.");

    /// <summary>Gets β of the discount rule.</summary>
    public static NumberOption DiscountBeta { get; } = new(ExpectedUtilityOptionNames.DiscountBeta, 0.95, 0, 1, "Discount rule: stop when the median moves by less than (1 − β)·R.");

    /// <summary>Gets p_max of cycle detection.</summary>
    public static IntegerOption CycleMaxPeriod { get; } = new(ExpectedUtilityOptionNames.CycleMaxPeriod, 12, 1, 1000, "Cycle detection: longest period looked for.");

    /// <summary>Gets the cycle tolerance.</summary>
    public static NumberOption CycleTolerance { get; } = new(ExpectedUtilityOptionNames.CycleTolerance, 1e-12, 0, 1, "Cycle detection: largest position difference counted as a repeat, in units of R.");

    /// <summary>Gets every option, in documentation order.</summary>
    public static IReadOnlyList<ModelOption> All { get; } =
    [
        Preset, ProbabilityNormaliser, VoteExponent, Perspective, CompromiseSelection, Capitulation, ConflictResolution,
        Q, QTerm, TRule, MedianRule, RangeMode, MoveOrigin, Rounds, Stop, PlateauEpsilon, PlateauRounds, DiscountBeta,
        CycleMaxPeriod, CycleTolerance,
    ];
}
