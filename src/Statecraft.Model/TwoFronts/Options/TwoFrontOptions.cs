using Statecraft.Model.Forecasting;
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
    /// <summary>Gets the number of bargaining rounds. Range: 1–1000. Default 10.</summary>
    public int Rounds { get; init; } = 10;

    /// <summary>Gets m, the arena ticks per round. Range: 0–100000. Default 10.</summary>
    public int TicksPerRound { get; init; } = 10;

    /// <summary>Gets α, the legitimacy loss per unit of salience-weighted, range-normalised ground lost abroad. Range: ≥ 0.</summary>
    public double Alpha { get; init; }

    /// <summary>Gets η, the hardship amplification per unit of conflict burden K. Range: ≥ 0.</summary>
    public double Eta { get; init; }

    /// <summary>Gets γ, the capability loss per unit active share. Range: ≥ 0.</summary>
    public double Gamma { get; init; }

    /// <summary>Gets δ, the capability loss per unit jailed share. Range: ≥ 0.</summary>
    public double Delta { get; init; }

    /// <summary>Gets σ, the salience gain on survival issues per unit active share. Range: ≥ 0.</summary>
    public double Sigma { get; init; }

    /// <summary>Gets ε, the drift rate towards settlement at full exhaustion. Range: [0, 1].</summary>
    public double Epsilon { get; init; }

    /// <summary>Gets δ_s, the share of the range within which an armed issue counts as settled. Range: [0, 1]. Default 0.05.</summary>
    public double SettlementTolerance { get; init; } = 0.05;

    /// <summary>Gets what is used as F. Default <see cref="ForecastStatistic.Model"/>, the model's own forecast.</summary>
    public ForecastStatistic ForecastStatistic { get; init; } = ForecastStatistic.Model;

    /// <summary>Gets how the shares are measured. Default <see cref="ShareMeasure.EndOfRound"/>.</summary>
    public ShareMeasure ShareMeasure { get; init; } = ShareMeasure.EndOfRound;

    /// <summary>Gets the option descriptions for help texts.</summary>
    public static IReadOnlyList<ModelOptionInfo> Descriptions { get; } =
    [
        new("rounds", "10", "1–1000", "Bargaining rounds."),
        new("ticks-per-round", "10", "0–100000", "Arena ticks per round (m)."),
        new("alpha", "0", "≥ 0", "α: legitimacy loss per unit of lost ground abroad."),
        new("eta", "0", "≥ 0", "η: hardship amplification per unit of conflict burden."),
        new("gamma", "0", "≥ 0", "γ: regime capability loss per unit active share."),
        new("delta", "0", "≥ 0", "δ: regime capability loss per unit jailed share."),
        new("sigma", "0", "≥ 0", "σ: survival-issue salience gain per unit active share."),
        new("epsilon", "0", "[0, 1]", "ε: drift towards settlement at full exhaustion."),
        new("settlement-tolerance", "0.05", "[0, 1]", "δ_s: share of the range within which an armed issue is settled."),
        new("forecast-statistic", "model", "model | median | mean", "The forecast F: the model's own value, or the weighted median or mean of the positions."),
        new("share-measure", "end-of-round", "end-of-round | round-mean", "How active and jailed shares are measured."),
    ];

    /// <summary>Reads the options from named settings; unset names keep their defaults.</summary>
    /// <param name="settings">The settings (the scenario's <c>arena.coupling</c>, overridden by the command line).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ModelOptionException">A value is not allowed.</exception>
    public static TwoFrontOptions FromSettings(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var d = new TwoFrontOptions();
        return new TwoFrontOptions
        {
            Rounds = settings.GetInt("rounds", d.Rounds, 1, 1000),
            TicksPerRound = settings.GetInt("ticks-per-round", d.TicksPerRound, 0, 100_000),
            Alpha = settings.GetDouble("alpha", 0, 0, 1e6),
            Eta = settings.GetDouble("eta", 0, 0, 1e6),
            Gamma = settings.GetDouble("gamma", 0, 0, 1e6),
            Delta = settings.GetDouble("delta", 0, 0, 1e6),
            Sigma = settings.GetDouble("sigma", 0, 0, 1e6),
            Epsilon = settings.GetDouble("epsilon", 0, 0, 1),
            SettlementTolerance = settings.GetDouble("settlement-tolerance", d.SettlementTolerance, 0, 1),
            ForecastStatistic = settings.GetEnum("forecast-statistic", d.ForecastStatistic),
            ShareMeasure = settings.GetEnum("share-measure", d.ShareMeasure),
        };
    }
}
