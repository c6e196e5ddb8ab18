using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Exchange.Options;

/// <summary>The validated options of the exchange model (§4.12).</summary>
/// <remarks>
/// <para>The defaults reproduce the decide reference implementation (commit <c>51dee66</c>) as it computes in exact
/// rational arithmetic with its coin flip off (§4.6, §4.8, §7.3): <c>mode=decide-current</c>, <c>tie-break=generation-order</c>, <c>side-rule=at-or-below</c>,
/// <c>cap-rule=strictly-between</c>,
/// 10 rounds, φ = 0.1, λ = 0.4, p = 0, one repetition.</para>
/// <para>Immutable and thread-safe. Construct through <see cref="FromSettings"/> or <c>with</c> on
/// <see cref="Default"/>, then call <see cref="Validate"/> when the values come from elsewhere.</para>
/// </remarks>
/// <param name="Mode">The move-ledger and update-map rule (§4.7, §4.8). Option <c>mode</c>.</param>
/// <param name="TieBreak">How equal gains are ordered (§4.8). Option <c>tie-break</c>.</param>
/// <param name="SideRule">Which actors count as left of the outcome (§4.3). Option <c>side-rule</c>.</param>
/// <param name="CapRule">When the outcome-crossing cap applies (§4.6). Option <c>cap-rule</c>.</param>
/// <param name="Rounds">The number of rounds. Range: ≥ 1. Option <c>rounds</c>.</param>
/// <param name="FixedWeight">φ of the preference update (§4.9). Range: [0, 1], φ + λ ≤ 1. Option <c>fixed-weight</c>.</param>
/// <param name="SalienceWeight">λ of the preference update (§4.9). Range: [0, 1], φ + λ ≤ 1. Option <c>salience-weight</c>.</param>
/// <param name="RexP">p of the randomised equal-gain variant REX (§4.10); 0 is plain equal gain. Range: [0, 1]. Option <c>rex-p</c>.</param>
/// <param name="Repetitions">How many seeded runs to make. Range: ≥ 1; above 1 only when the run is random. Option <c>repetitions</c>.</param>
public sealed record ExchangeOptions(
    ExchangeMode Mode,
    ExchangeTieBreak TieBreak,
    ExchangeSideRule SideRule,
    ExchangeCapRule CapRule,
    int Rounds,
    double FixedWeight,
    double SalienceWeight,
    double RexP,
    int Repetitions)
{
    /// <summary>The largest number of rounds accepted.</summary>
    public const int MaxRounds = 10_000;

    /// <summary>The largest number of repetitions accepted.</summary>
    public const int MaxRepetitions = 100_000;

    /// <summary>Gets the defaults, which reproduce the reference implementation with deterministic ties.</summary>
    public static ExchangeOptions Default { get; } =
        new(
            ExchangeDeclarations.Mode.Default,
            ExchangeDeclarations.TieBreak.Default,
            ExchangeDeclarations.SideRule.Default,
            ExchangeDeclarations.CapRule.Default,
            ExchangeDeclarations.Rounds.Default,
            ExchangeDeclarations.FixedWeight.Default,
            ExchangeDeclarations.SalienceWeight.Default,
            ExchangeDeclarations.RexP.Default,
            ExchangeDeclarations.Repetitions.Default);

    /// <summary>Gets a value indicating whether the run draws random numbers (REX, or the coin-flip tie-break).</summary>
    public bool IsRandom => RexP > 0 || TieBreak == ExchangeTieBreak.SeededCoinFlip;

    /// <summary>Reads and validates the options from model settings; unset options take their defaults.</summary>
    /// <param name="settings">The settings, with kebab-case names (<c>mode</c>, <c>tie-break</c>, <c>side-rule</c>, <c>cap-rule</c>, <c>rounds</c>, <c>fixed-weight</c>, <c>salience-weight</c>, <c>rex-p</c>, <c>repetitions</c>).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ModelOptionException">A value is malformed or out of range, or the values conflict.</exception>
    public static ExchangeOptions FromSettings(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new ExchangeOptions(
            ExchangeDeclarations.Mode.Read(settings),
            ExchangeDeclarations.TieBreak.Read(settings),
            ExchangeDeclarations.SideRule.Read(settings),
            ExchangeDeclarations.CapRule.Read(settings),
            ExchangeDeclarations.Rounds.Read(settings),
            ExchangeDeclarations.FixedWeight.Read(settings),
            ExchangeDeclarations.SalienceWeight.Read(settings),
            ExchangeDeclarations.RexP.Read(settings),
            ExchangeDeclarations.Repetitions.Read(settings));
        options.Validate();
        return options;
    }

    /// <summary>Checks every range and the cross-field rules.</summary>
    /// <exception cref="ModelOptionException">A value is out of range or the values conflict.</exception>
    public void Validate()
    {
        ExchangeDeclarations.Mode.Check(Mode);
        ExchangeDeclarations.TieBreak.Check(TieBreak);
        ExchangeDeclarations.SideRule.Check(SideRule);
        ExchangeDeclarations.CapRule.Check(CapRule);
        ExchangeDeclarations.Rounds.Check(Rounds);
        ExchangeDeclarations.FixedWeight.Check(FixedWeight);
        ExchangeDeclarations.SalienceWeight.Check(SalienceWeight);
        ExchangeDeclarations.RexP.Check(RexP);
        if (FixedWeight + SalienceWeight > 1)
        {
            throw new ModelOptionException(
                $"options 'fixed-weight' = '{Text(FixedWeight)}' and 'salience-weight' = '{Text(SalienceWeight)}' sum to more than 1; "
                + "the preference update x + (φ + λ(1 − s))(y − x) would then overshoot the voting position. Keep φ + λ ≤ 1.");
        }

        ExchangeDeclarations.Repetitions.Check(Repetitions);
        if (Repetitions > 1 && !IsRandom)
        {
            throw new ModelOptionException(
                $"option 'repetitions' = '{Text(Repetitions)}' needs a random run: set rex-p > 0 (REX) or tie-break=seeded-coin-flip; "
                + "otherwise every repetition is identical.");
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
