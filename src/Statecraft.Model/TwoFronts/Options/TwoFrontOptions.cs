using Statecraft.Model.Domain;

namespace Statecraft.Model.TwoFronts.Options;

/// <summary>The coupling coefficients of the two-front model (§6.5, Statecraft's own design).</summary>
/// <remarks>
/// <para>Every coefficient defaults to 0, and with all of them at 0 the coupled run reproduces the uncoupled
/// bargaining and a standalone arena bit for bit.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record TwoFrontOptions
{
    // Each numeric option is declared once; its help line and its range check both come from the declaration.
    private static readonly IntegerOption RoundsOption = new("rounds", 10, 1, 1000, "Bargaining rounds.");
    private static readonly IntegerOption TicksPerRoundOption = new("ticks-per-round", 10, 0, 100_000, "Arena ticks per round (m).");
    private static readonly NumberOption AlphaOption = new("alpha", 0, 0, 1e6, "α: legitimacy loss per unit of lost ground abroad.");
    private static readonly NumberOption EtaOption = new("eta", 0, 0, 1e6, "η: hardship amplification per unit of conflict burden.");
    private static readonly NumberOption GammaOption = new("gamma", 0, 0, 1e6, "γ: regime capability loss per unit active share.");
    private static readonly NumberOption DeltaOption = new("delta", 0, 0, 1e6, "δ: regime capability loss per unit jailed share.");
    private static readonly NumberOption SigmaOption = new("sigma", 0, 0, 1e6, "σ: survival-issue salience gain per unit active share.");
    private static readonly NumberOption EpsilonOption = new("epsilon", 0, 0, 1, "ε: drift towards settlement at full exhaustion.");
    private static readonly NumberOption SettlementToleranceOption = new("settlement-tolerance", 0.05, 0, 1, "δ_s: share of the range within which an armed issue is settled.");
    private static readonly ChoiceOption<ForecastStatistic> ForecastStatisticOption = new("forecast-statistic", ForecastStatistic.Model, "The forecast F: the model's own value, or the weighted median or mean of the positions.");
    private static readonly ChoiceOption<ShareMeasure> ShareMeasureOption = new("share-measure", ShareMeasure.EndOfRound, "How active and jailed shares are measured.");

    /// <summary>Gets the number of bargaining rounds. Range: [1, 1000]. Default 10.</summary>
    public int Rounds { get; init; } = RoundsOption.Default;

    /// <summary>Gets m, the arena ticks per round. Range: [0, 100000]. Default 10.</summary>
    public int TicksPerRound { get; init; } = TicksPerRoundOption.Default;

    /// <summary>Gets α, the legitimacy loss per unit of salience-weighted, range-normalised ground lost abroad. Range: [0, 1e6].</summary>
    public double Alpha { get; init; }

    /// <summary>Gets η, the hardship amplification per unit of conflict burden K. Range: [0, 1e6].</summary>
    public double Eta { get; init; }

    /// <summary>Gets γ, the capability loss per unit active share. Range: [0, 1e6].</summary>
    public double Gamma { get; init; }

    /// <summary>Gets δ, the capability loss per unit jailed share. Range: [0, 1e6].</summary>
    public double Delta { get; init; }

    /// <summary>Gets σ, the salience gain on survival issues per unit active share. Range: [0, 1e6].</summary>
    public double Sigma { get; init; }

    /// <summary>Gets ε, the drift rate towards settlement at full exhaustion. Range: [0, 1].</summary>
    public double Epsilon { get; init; }

    /// <summary>Gets δ_s, the share of the range within which an armed issue counts as settled. Range: [0, 1]. Default 0.05.</summary>
    public double SettlementTolerance { get; init; } = SettlementToleranceOption.Default;

    /// <summary>Gets what is used as F. Default <see cref="ForecastStatistic.Model"/>, the model's own forecast.</summary>
    public ForecastStatistic ForecastStatistic { get; init; } = ForecastStatisticOption.Default;

    /// <summary>Gets how the shares are measured. Default <see cref="ShareMeasure.EndOfRound"/>.</summary>
    public ShareMeasure ShareMeasure { get; init; } = ShareMeasureOption.Default;

    /// <summary>Gets the options, each declared once: help texts, the reading with its range checks and the unknown-name check come from these.</summary>
    public static IReadOnlyList<ModelOption> Options { get; } =
    [
        RoundsOption,
        TicksPerRoundOption,
        AlphaOption,
        EtaOption,
        GammaOption,
        DeltaOption,
        SigmaOption,
        EpsilonOption,
        SettlementToleranceOption,
        ForecastStatisticOption,
        ShareMeasureOption,
    ];

    /// <summary>Reads the options from named settings; unset names keep their defaults.</summary>
    /// <param name="settings">The settings (the scenario's <c>arena.coupling</c>, overridden by the command line).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ModelOptionException">A name is not one of <see cref="Options"/>, or a value is not allowed.</exception>
    public static TwoFrontOptions FromSettings(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, "the two-front coupling");
        return new TwoFrontOptions
        {
            Rounds = RoundsOption.Read(settings),
            TicksPerRound = TicksPerRoundOption.Read(settings),
            Alpha = AlphaOption.Read(settings),
            Eta = EtaOption.Read(settings),
            Gamma = GammaOption.Read(settings),
            Delta = DeltaOption.Read(settings),
            Sigma = SigmaOption.Read(settings),
            Epsilon = EpsilonOption.Read(settings),
            SettlementTolerance = SettlementToleranceOption.Read(settings),
            ForecastStatistic = ForecastStatisticOption.Read(settings),
            ShareMeasure = ShareMeasureOption.Read(settings),
        };
    }
}
