using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Spatial.Options;

/// <summary>The typed options of the Spatial Model of Politics: KTAB's nine model parameters, the mode and the stopping constants.</summary>
/// <remarks>
/// <para>Defaults are KTAB's (§3.16): Linear, Conditional, Deterministic, Prop, OneThird, Mid, SemiCommit, S2P2,
/// InitOnlyInterp, in <see cref="SmpMode.KtabCompatible"/> mode, stopping after turn t when t ≥ 100 or when t ≥ 2 and
/// Δ(t−1, t)/(Δ(0, 1) + 1e-4) &lt; 0.02 (§3.14).</para>
/// <para>Read from <see cref="ModelSettings"/> with <see cref="FromSettings"/>; option names are kebab-case, and KTAB's XML
/// element names (<c>VictoryProbModel</c>, <c>PCEModel</c>, …) are accepted as aliases. Immutable and thread-safe.</para>
/// </remarks>
public sealed record SmpOptions
{
    /// <summary>Gets the options with every default.</summary>
    public static SmpOptions Default { get; } = new();

    /// <summary>Gets how coalition strengths become victory probabilities. Default: Linear.</summary>
    public SmpVictoryProbModel VictoryProbModel { get; init; } = SmpVictoryProbModel.Linear;

    /// <summary>Gets how pairwise victory probabilities become one distribution. Default: Conditional.</summary>
    public SmpPceModel PceModel { get; init; } = SmpPceModel.Conditional;

    /// <summary>Gets how an actor picks a bargain from its queue. Default: Deterministic.</summary>
    public SmpStateTransitions StateTransitions { get; init; } = SmpStateTransitions.Deterministic;

    /// <summary>Gets the voting rule. Default: Prop.</summary>
    public SmpVotingRule VotingRule { get; init; } = SmpVotingRule.Prop;

    /// <summary>Gets how one actor perceives another's risk attitude. Default: OneThird.</summary>
    public SmpBigRAdjust BigRAdjust { get; init; } = SmpBigRAdjust.OneThird;

    /// <summary>Gets the range of risk attitudes. Default: Mid, R ∈ [−½, 1].</summary>
    public SmpBigRRange BigRRange { get; init; } = SmpBigRRange.Mid;

    /// <summary>Gets what third parties expect after joining a side. Default: SemiCommit.</summary>
    public SmpThirdPartyCommit ThirdPartyCommit { get; init; } = SmpThirdPartyCommit.SemiCommit;

    /// <summary>Gets how a bargain is interpolated between the two positions. Default: S2P2.</summary>
    public SmpBargainInterpolation InterVecBrgn { get; init; } = SmpBargainInterpolation.S2P2;

    /// <summary>Gets whose estimate shapes the bargain. Default: InitOnlyInterp.</summary>
    public SmpBargainModel BargnModel { get; init; } = SmpBargainModel.InitOnlyInterp;

    /// <summary>Gets whether KTAB's quirks are reproduced or fixed. Default: <see cref="SmpMode.KtabCompatible"/>.</summary>
    public SmpMode Mode { get; init; } = SmpMode.KtabCompatible;

    /// <summary>Gets the voting weight used for risk attitudes, bargain choice and win probabilities. Default: capability.</summary>
    public SmpResolutionWeights ResolutionWeights { get; init; } = SmpResolutionWeights.Capability;

    /// <summary>Gets the number the model reports as each dimension's forecast. Default: the weighted mean.</summary>
    public SmpForecastBasis Forecast { get; init; } = SmpForecastBasis.WeightedMean;

    /// <summary>Gets the fewest turns before the convergence test applies. Range: [1, <see cref="MaxTurns"/>]; default 2.</summary>
    public int MinTurns { get; init; } = 2;

    /// <summary>Gets the largest number of turns. Range: [1, 10000]; default 100.</summary>
    public int MaxTurns { get; init; } = 100;

    /// <summary>Gets the convergence ratio: stop when Δ(t−1, t)/(Δ(0, 1) + floor) is below it. Range: [0, 1]; default 0.02.</summary>
    public double StopRatio { get; init; } = 0.02;

    /// <summary>Gets the floor added to the first move in the convergence test. Range: (0, 1]; default 1e-4.</summary>
    public double StopFloor { get; init; } = 1e-4;

    /// <summary>Gets the cap on the Markov PCE iterations (quirk Q9). Range: [1, 10⁷]; default 10,000.</summary>
    public int PceMaxIterations { get; init; } = 10_000;

    /// <summary>Gets an explicit random seed that overrides the run's, if any.</summary>
    /// <remarks>Only <see cref="SmpStateTransitions.Stochastic"/> transitions draw random numbers.</remarks>
    public ulong? Seed { get; init; }

    /// <summary>Reads the options from settings, taking defaults for unset ones, and validates them.</summary>
    /// <param name="settings">Option values by name.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ModelOptionException">A value is not allowed; the message names the option, the value and what is allowed.</exception>
    public static SmpOptions FromSettings(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var o = new SmpOptions
        {
            VictoryProbModel = ReadEnum(settings, SmpOptionNames.VictoryProbModel, Default.VictoryProbModel),
            PceModel = ReadEnum(settings, SmpOptionNames.PceModel, Default.PceModel),
            StateTransitions = ReadEnum(settings, SmpOptionNames.StateTransitions, Default.StateTransitions),
            VotingRule = ReadEnum(settings, SmpOptionNames.VotingRule, Default.VotingRule, ("proportional", "prop")),
            BigRAdjust = ReadEnum(settings, SmpOptionNames.BigRAdjust, Default.BigRAdjust, ("no", "none")),
            BigRRange = ReadEnum(settings, SmpOptionNames.BigRRange, Default.BigRRange),
            ThirdPartyCommit = ReadEnum(settings, SmpOptionNames.ThirdPartyCommit, Default.ThirdPartyCommit),
            InterVecBrgn = ReadEnum(settings, SmpOptionNames.InterVecBrgn, Default.InterVecBrgn),
            BargnModel = ReadEnum(settings, SmpOptionNames.BargnModel, Default.BargnModel),
            Mode = ReadEnum(settings, SmpOptionNames.Mode, Default.Mode, ("compatible", "ktab-compatible"), ("ktab", "ktab-compatible")),
            ResolutionWeights = ReadEnum(settings, SmpOptionNames.ResolutionWeights, Default.ResolutionWeights),
            Forecast = ReadEnum(settings, SmpOptionNames.Forecast, Default.Forecast),
            MaxTurns = ReadInt(settings, SmpOptionNames.MaxTurns, Default.MaxTurns, 1, 10_000),
            MinTurns = ReadInt(settings, SmpOptionNames.MinTurns, Default.MinTurns, 1, 10_000),
            StopRatio = ReadDouble(settings, SmpOptionNames.StopRatio, Default.StopRatio, 0, 1),
            StopFloor = ReadDouble(settings, SmpOptionNames.StopFloor, Default.StopFloor, double.Epsilon, 1),
            PceMaxIterations = ReadInt(settings, SmpOptionNames.PceMaxIterations, Default.PceMaxIterations, 1, 10_000_000),
            Seed = ReadSeed(settings),
        };
        o.Validate();
        return o;
    }

    /// <summary>Checks the ranges and the cross-field rules.</summary>
    /// <exception cref="ModelOptionException">A value is not allowed.</exception>
    public void Validate()
    {
        CheckEnum(VictoryProbModel, SmpOptionNames.VictoryProbModel);
        CheckEnum(PceModel, SmpOptionNames.PceModel);
        CheckEnum(StateTransitions, SmpOptionNames.StateTransitions);
        CheckEnum(VotingRule, SmpOptionNames.VotingRule);
        CheckEnum(BigRAdjust, SmpOptionNames.BigRAdjust);
        CheckEnum(BigRRange, SmpOptionNames.BigRRange);
        CheckEnum(ThirdPartyCommit, SmpOptionNames.ThirdPartyCommit);
        CheckEnum(InterVecBrgn, SmpOptionNames.InterVecBrgn);
        CheckEnum(BargnModel, SmpOptionNames.BargnModel);
        CheckEnum(Mode, SmpOptionNames.Mode);
        CheckEnum(ResolutionWeights, SmpOptionNames.ResolutionWeights);
        CheckEnum(Forecast, SmpOptionNames.Forecast);
        if (MaxTurns is < 1 or > 10_000)
        {
            throw new ModelOptionException(SmpOptionNames.MaxTurns[0], Text(MaxTurns), "an integer in [1, 10000]");
        }

        if (MinTurns < 1 || MinTurns > MaxTurns)
        {
            throw new ModelOptionException(SmpOptionNames.MinTurns[0], Text(MinTurns), $"an integer in [1, max-turns = {Text(MaxTurns)}]");
        }

        if (!(StopRatio >= 0 && StopRatio <= 1))
        {
            throw new ModelOptionException(SmpOptionNames.StopRatio[0], Text(StopRatio), "a number in [0, 1]");
        }

        if (!(StopFloor > 0 && StopFloor <= 1))
        {
            throw new ModelOptionException(SmpOptionNames.StopFloor[0], Text(StopFloor), "a number in (0, 1]");
        }

        if (PceMaxIterations is < 1 or > 10_000_000)
        {
            throw new ModelOptionException(SmpOptionNames.PceMaxIterations[0], Text(PceMaxIterations), "an integer in [1, 10000000]");
        }
    }

    /// <summary>Returns the options as kebab-case name/value pairs, every option included.</summary>
    /// <returns>Settings that <see cref="FromSettings"/> turns back into these options.</returns>
    public ModelSettings ToSettings()
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new(SmpOptionNames.VictoryProbModel[0], Kebab(VictoryProbModel)),
            new(SmpOptionNames.PceModel[0], Kebab(PceModel)),
            new(SmpOptionNames.StateTransitions[0], Kebab(StateTransitions)),
            new(SmpOptionNames.VotingRule[0], Kebab(VotingRule)),
            new(SmpOptionNames.BigRAdjust[0], Kebab(BigRAdjust)),
            new(SmpOptionNames.BigRRange[0], Kebab(BigRRange)),
            new(SmpOptionNames.ThirdPartyCommit[0], Kebab(ThirdPartyCommit)),
            new(SmpOptionNames.InterVecBrgn[0], Kebab(InterVecBrgn)),
            new(SmpOptionNames.BargnModel[0], Kebab(BargnModel)),
            new(SmpOptionNames.Mode[0], Kebab(Mode)),
            new(SmpOptionNames.ResolutionWeights[0], Kebab(ResolutionWeights)),
            new(SmpOptionNames.Forecast[0], Kebab(Forecast)),
            new(SmpOptionNames.MinTurns[0], Text(MinTurns)),
            new(SmpOptionNames.MaxTurns[0], Text(MaxTurns)),
            new(SmpOptionNames.StopRatio[0], Text(StopRatio)),
            new(SmpOptionNames.StopFloor[0], Text(StopFloor)),
            new(SmpOptionNames.PceMaxIterations[0], Text(PceMaxIterations)),
        };
        if (Seed is { } seed)
        {
            pairs.Add(new(SmpOptionNames.Seed[0], seed.ToString(CultureInfo.InvariantCulture)));
        }

        return ModelSettings.From(pairs);
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => ModelSettings.ToKebab(value.ToString());

    private static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static void CheckEnum<TEnum>(TEnum value, string[] names)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ModelOptionException(names[0], value.ToString(), string.Join(", ", Enum.GetNames<TEnum>().Select(ModelSettings.ToKebab)));
        }
    }

    private static string Present(ModelSettings settings, string[] names) => names.FirstOrDefault(settings.Has) ?? names[0];

    private static TEnum ReadEnum<TEnum>(ModelSettings settings, string[] names, TEnum defaultValue, params (string Alias, string Value)[] aliases)
        where TEnum : struct, Enum
    {
        var name = Present(settings, names);
        var raw = settings.GetString(name, string.Empty);
        foreach (var (alias, value) in aliases)
        {
            if (string.Equals(raw, alias, StringComparison.OrdinalIgnoreCase))
            {
                return settings.With(name, value).GetEnum(name, defaultValue);
            }
        }

        return settings.GetEnum(name, defaultValue);
    }

    private static int ReadInt(ModelSettings settings, string[] names, int defaultValue, int min, int max) =>
        settings.GetInt(Present(settings, names), defaultValue, min, max);

    private static double ReadDouble(ModelSettings settings, string[] names, double defaultValue, double min, double max) =>
        settings.GetDouble(Present(settings, names), defaultValue, min, max);

    private static ulong? ReadSeed(ModelSettings settings)
    {
        var name = Present(settings, SmpOptionNames.Seed);
        if (!settings.Has(name))
        {
            return null;
        }

        var text = settings.GetString(name, string.Empty);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new ModelOptionException(name, text, "an unsigned 64-bit integer in decimal, [0, 18446744073709551615]");
    }
}
