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
    public SmpVictoryProbModel VictoryProbModel { get; init; } = SmpDeclarations.VictoryProbModel.Default;

    /// <summary>Gets how pairwise victory probabilities become one distribution. Default: Conditional.</summary>
    public SmpPceModel PceModel { get; init; } = SmpDeclarations.PceModel.Default;

    /// <summary>Gets how an actor picks a bargain from its queue. Default: Deterministic.</summary>
    public SmpStateTransitions StateTransitions { get; init; } = SmpDeclarations.StateTransitions.Default;

    /// <summary>Gets the voting rule. Default: Prop.</summary>
    public SmpVotingRule VotingRule { get; init; } = SmpDeclarations.VotingRule.Default;

    /// <summary>Gets how one actor perceives another's risk attitude. Default: OneThird.</summary>
    public SmpBigRAdjust BigRAdjust { get; init; } = SmpDeclarations.BigRAdjust.Default;

    /// <summary>Gets the range of risk attitudes. Default: Mid, R ∈ [−½, 1].</summary>
    public SmpBigRRange BigRRange { get; init; } = SmpDeclarations.BigRRange.Default;

    /// <summary>Gets what third parties expect after joining a side. Default: SemiCommit.</summary>
    public SmpThirdPartyCommit ThirdPartyCommit { get; init; } = SmpDeclarations.ThirdPartyCommit.Default;

    /// <summary>Gets how a bargain is interpolated between the two positions. Default: S2P2.</summary>
    public SmpBargainInterpolation InterVecBrgn { get; init; } = SmpDeclarations.InterVecBrgn.Default;

    /// <summary>Gets whose estimate shapes the bargain. Default: InitOnlyInterp.</summary>
    public SmpBargainModel BargnModel { get; init; } = SmpDeclarations.BargnModel.Default;

    /// <summary>Gets whether KTAB's quirks are reproduced or fixed. Default: <see cref="SmpMode.KtabCompatible"/>.</summary>
    public SmpMode Mode { get; init; } = SmpDeclarations.Mode.Default;

    /// <summary>Gets the voting weight used for risk attitudes, bargain choice and win probabilities. Default: capability.</summary>
    public SmpResolutionWeights ResolutionWeights { get; init; } = SmpDeclarations.ResolutionWeights.Default;

    /// <summary>Gets the number the model reports as each dimension's forecast. Default: the weighted mean.</summary>
    public SmpForecastBasis Forecast { get; init; } = SmpDeclarations.Forecast.Default;

    /// <summary>Gets the fewest turns before the convergence test applies. Range: [1, <see cref="MaxTurns"/>]; default 2.</summary>
    public int MinTurns { get; init; } = SmpDeclarations.MinTurns.Default;

    /// <summary>Gets the largest number of turns. Range: [1, 10000]; default 100.</summary>
    public int MaxTurns { get; init; } = SmpDeclarations.MaxTurns.Default;

    /// <summary>Gets the convergence ratio: stop when Δ(t−1, t)/(Δ(0, 1) + floor) is below it. Range: [0, 1]; default 0.02.</summary>
    public double StopRatio { get; init; } = SmpDeclarations.StopRatio.Default;

    /// <summary>Gets the floor added to the first move in the convergence test. Range: (0, 1]; default 1e-4.</summary>
    public double StopFloor { get; init; } = SmpDeclarations.StopFloor.Default;

    /// <summary>Gets the cap on the Markov PCE iterations (quirk Q9). Range: [1, 10⁷]; default 10,000.</summary>
    public int PceMaxIterations { get; init; } = SmpDeclarations.PceMaxIterations.Default;

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
            VictoryProbModel = ReadEnum(settings, SmpDeclarations.VictoryProbModel),
            PceModel = ReadEnum(settings, SmpDeclarations.PceModel),
            StateTransitions = ReadEnum(settings, SmpDeclarations.StateTransitions),
            VotingRule = ReadEnum(settings, SmpDeclarations.VotingRule, ("proportional", "prop")),
            BigRAdjust = ReadEnum(settings, SmpDeclarations.BigRAdjust, ("no", "none")),
            BigRRange = ReadEnum(settings, SmpDeclarations.BigRRange),
            ThirdPartyCommit = ReadEnum(settings, SmpDeclarations.ThirdPartyCommit),
            InterVecBrgn = ReadEnum(settings, SmpDeclarations.InterVecBrgn),
            BargnModel = ReadEnum(settings, SmpDeclarations.BargnModel),
            Mode = ReadEnum(settings, SmpDeclarations.Mode, ("compatible", "ktab-compatible"), ("ktab", "ktab-compatible")),
            ResolutionWeights = ReadEnum(settings, SmpDeclarations.ResolutionWeights),
            Forecast = ReadEnum(settings, SmpDeclarations.Forecast),
            MaxTurns = SmpDeclarations.MaxTurns.Read(settings),
            MinTurns = SmpDeclarations.MinTurns.Read(settings),
            StopRatio = SmpDeclarations.StopRatio.Read(settings),
            StopFloor = SmpDeclarations.StopFloor.Read(settings),
            PceMaxIterations = SmpDeclarations.PceMaxIterations.Read(settings),
            Seed = ReadSeed(settings),
        };
        o.Validate();
        return o;
    }

    /// <summary>Checks the ranges and the cross-field rules.</summary>
    /// <exception cref="ModelOptionException">A value is not allowed.</exception>
    public void Validate()
    {
        SmpDeclarations.VictoryProbModel.Check(VictoryProbModel);
        SmpDeclarations.PceModel.Check(PceModel);
        SmpDeclarations.StateTransitions.Check(StateTransitions);
        SmpDeclarations.VotingRule.Check(VotingRule);
        SmpDeclarations.BigRAdjust.Check(BigRAdjust);
        SmpDeclarations.BigRRange.Check(BigRRange);
        SmpDeclarations.ThirdPartyCommit.Check(ThirdPartyCommit);
        SmpDeclarations.InterVecBrgn.Check(InterVecBrgn);
        SmpDeclarations.BargnModel.Check(BargnModel);
        SmpDeclarations.Mode.Check(Mode);
        SmpDeclarations.ResolutionWeights.Check(ResolutionWeights);
        SmpDeclarations.Forecast.Check(Forecast);
        SmpDeclarations.MaxTurns.Check(MaxTurns);
        SmpDeclarations.MinTurns.Check(MinTurns);
        if (MinTurns > MaxTurns)
        {
            throw new ModelOptionException(SmpDeclarations.MinTurns.Name, Text(MinTurns), $"an integer in [1, max-turns = {Text(MaxTurns)}]");
        }

        SmpDeclarations.StopRatio.Check(StopRatio);
        SmpDeclarations.StopFloor.Check(StopFloor);
        SmpDeclarations.PceMaxIterations.Check(PceMaxIterations);
    }

    /// <summary>Returns the options as kebab-case name/value pairs, every option included.</summary>
    /// <returns>Settings that <see cref="FromSettings"/> turns back into these options.</returns>
    public ModelSettings ToSettings()
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new(SmpDeclarations.VictoryProbModel.Name, Kebab(VictoryProbModel)),
            new(SmpDeclarations.PceModel.Name, Kebab(PceModel)),
            new(SmpDeclarations.StateTransitions.Name, Kebab(StateTransitions)),
            new(SmpDeclarations.VotingRule.Name, Kebab(VotingRule)),
            new(SmpDeclarations.BigRAdjust.Name, Kebab(BigRAdjust)),
            new(SmpDeclarations.BigRRange.Name, Kebab(BigRRange)),
            new(SmpDeclarations.ThirdPartyCommit.Name, Kebab(ThirdPartyCommit)),
            new(SmpDeclarations.InterVecBrgn.Name, Kebab(InterVecBrgn)),
            new(SmpDeclarations.BargnModel.Name, Kebab(BargnModel)),
            new(SmpDeclarations.Mode.Name, Kebab(Mode)),
            new(SmpDeclarations.ResolutionWeights.Name, Kebab(ResolutionWeights)),
            new(SmpDeclarations.Forecast.Name, Kebab(Forecast)),
            new(SmpDeclarations.MinTurns.Name, Text(MinTurns)),
            new(SmpDeclarations.MaxTurns.Name, Text(MaxTurns)),
            new(SmpDeclarations.StopRatio.Name, Text(StopRatio)),
            new(SmpDeclarations.StopFloor.Name, Text(StopFloor)),
            new(SmpDeclarations.PceMaxIterations.Name, Text(PceMaxIterations)),
        };
        if (Seed is { } seed)
        {
            pairs.Add(new(SmpDeclarations.Seed.Name, seed.ToString(CultureInfo.InvariantCulture)));
        }

        return ModelSettings.From(pairs);
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => ModelSettings.ToKebab(value.ToString());

    private static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static TEnum ReadEnum<TEnum>(ModelSettings settings, ChoiceOption<TEnum> option, params (string Alias, string Value)[] aliases)
        where TEnum : struct, Enum
    {
        var name = option.KeyIn(settings);
        var raw = settings.GetString(name, string.Empty);
        foreach (var (alias, value) in aliases)
        {
            if (string.Equals(raw, alias, StringComparison.OrdinalIgnoreCase))
            {
                return option.Read(settings.With(name, value));
            }
        }

        return option.Read(settings);
    }

    private static ulong? ReadSeed(ModelSettings settings)
    {
        if (SmpDeclarations.Seed.Read(settings) is not { } text)
        {
            return null;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new ModelOptionException(SmpDeclarations.Seed.KeyIn(settings), text, "an unsigned 64-bit integer in decimal, " + SmpDeclarations.Seed.Allowed);
    }
}
