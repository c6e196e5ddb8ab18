using Statecraft.Model.Domain;

namespace Statecraft.Model.Exchange.Options;

/// <summary>
/// Every option of the exchange model, declared once: name, default, allowed values and description. Help texts,
/// <see cref="ExchangeOptions.FromSettings"/>, <see cref="ExchangeOptions.Validate"/> and the unknown-name check use these.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class ExchangeDeclarations
{
    public static ChoiceOption<ExchangeMode> Mode { get; } = new("mode", ExchangeMode.DecideCurrent, "Move-ledger and update-map rules: the reference bookkeeping, or Statecraft's clean rule (docs/reference/exchange.md §4.7).");

    public static ChoiceOption<ExchangeTieBreak> TieBreak { get; } = new("tie-break", ExchangeTieBreak.GenerationOrder, "Equal gains: rank by the gain to 12 decimals, then by the gains at earlier picks, then candidate order; or decide's seeded coin flip (§4.8).");

    public static ChoiceOption<ExchangeSideRule> SideRule { get; } = new("side-rule", ExchangeSideRule.AtOrBelow, "An actor is left of the outcome when x ≤ O, or when x < O (§4.3).");

    public static ChoiceOption<ExchangeCapRule> CapRule { get; } = new("cap-rule", ExchangeCapRule.StrictlyBetween, "Cap a move when the demander's position lies strictly between the outcomes before and after (reference), or whenever the outcome would end past it (§4.6).");

    public static IntegerOption Rounds { get; } = new("rounds", 10, 1, ExchangeOptions.MaxRounds, "Rounds of exchange; the run stops earlier when a round realises nothing (§4.9).");

    public static NumberOption FixedWeight { get; } = new("fixed-weight", 0.1, 0, 1, "φ of the between-round update x ← x + (φ + λ(1 − s))(y − x), with φ + λ ≤ 1 (§4.9).");

    public static NumberOption SalienceWeight { get; } = new("salience-weight", 0.4, 0, 1, "λ of the between-round update, with φ + λ ≤ 1 (§4.9).");

    public static NumberOption RexP { get; } = new("rex-p", 0, 0, 1, "p of the randomised variant REX; 0 is plain equal gain (§4.10).");

    public static IntegerOption Repetitions { get; } = new("repetitions", 1, 1, ExchangeOptions.MaxRepetitions, "Seeded runs, the forecast their mean; above 1 only with rex-p > 0 or tie-break=seeded-coin-flip (§4.10).");

    /// <summary>Gets the options in the order help lists them.</summary>
    public static IReadOnlyList<ModelOption> All { get; } = [Mode, TieBreak, SideRule, CapRule, Rounds, FixedWeight, SalienceWeight, RexP, Repetitions];
}
