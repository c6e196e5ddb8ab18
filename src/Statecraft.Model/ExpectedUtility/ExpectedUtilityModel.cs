using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Bueno de Mesquita's expected-utility model of bargaining, in the reading of Scholz, Calbert &amp; Smith (2011), as the forecasting model <c>eu</c>.</summary>
/// <remarks>
/// <para>Sources: Bueno de Mesquita (1985, 1994, 1997); Scholz, Calbert &amp; Smith (2011), ICAART 2011, pp. 18–30,
/// DOI 10.5220/0003121500180030 (journal version: Journal of Theoretical Politics 23(4):510–531). §2.</para>
/// <para>Each issue is played on its own, with the actors that count on it (a stance with salience &gt; 0). The
/// forecast is the median at the stopping round. Options come from the scenario's <c>eu</c> settings, overridden by
/// the settings passed to <see cref="Run"/>; see <see cref="ExpectedUtilityOptions"/>.</para>
/// <para>Monte Carlo replicates use the value-only path of <see cref="CreateEvaluator"/>, which plays the same rounds
/// without recording them.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class ExpectedUtilityModel : IOutcomeModel
{
    /// <inheritdoc />
    public string Name => "eu";

    /// <inheritdoc />
    public string Summary => "Expected-utility bargaining model (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011 reading).";

    /// <inheritdoc />
    public IReadOnlyList<ModelOptionInfo> Options { get; } =
    [
        new(ExpectedUtilityOptionNames.Preset, "scholz-code", "scholz-code, paper-literal", "Bundle of readings: Scholz's own program (reproduces Scholz et al. 2011 Table 2) or the paper's equations (docs/reference/expected-utility.md §2.4)."),
        new(ExpectedUtilityOptionNames.ProbabilityNormaliser, "global-z", "global-z, pair-normalised", "Win probability: support over one global vote total (Scholz's code) or over the pair's votes (Scholz et al. eq. 30–31)."),
        new(ExpectedUtilityOptionNames.VoteExponent, "voter-risk", "voter-risk, one", "Exponent in the second-pass votes: each voter's risk exponent (code) or 1 (eq. 28)."),
        new(ExpectedUtilityOptionNames.Perspective, "receiver", "receiver, sender", "Whose risk exponent evaluates the partner's challenge: the mover's (code) or the partner's (eq. 25b)."),
        new(ExpectedUtilityOptionNames.CompromiseSelection, "min-weighted-position", "min-weighted-position, least-move, highest-sender-eu", "Which compromise offer is taken (code; paper §6.2; the paper's prose)."),
        new(ExpectedUtilityOptionNames.Capitulation, "disabled", "disabled, enabled", "Whether the capitulation region of Fig. 6 yields offers (code: never; paper: yes)."),
        new(ExpectedUtilityOptionNames.ConflictResolution, "deterministic-move", "deterministic-move, no-move, stochastic", "What a lost conflict does: move to the winner, nobody moves, or move with probability 1 − P (seeded)."),
        new(ExpectedUtilityOptionNames.Q, "1", "[0, 1]", "Q, the probability that an unchallenged target keeps its position (Scholz et al. used 1; BDM & Lalman 1986 use 0.5)."),
        new(ExpectedUtilityOptionNames.QTerm, "omitted", "omitted, included", "Whether the (1 − Q)·[T·U_b + (1 − T)·U_w] term is subtracted (paper) or dropped (code)."),
        new(ExpectedUtilityOptionNames.TRule, "geometric", "geometric, always-one", "T = 1 when |x_i − μ| < |x_i − x_j| (Eftekhari & Rahimi 2014), or always."),
        new(ExpectedUtilityOptionNames.MedianRule, "condorcet-scan", "condorcet-scan, cumulative-weight", "Median: BDM's vote scan or the lower weighted median (docs/reference/conventions.md §1.4)."),
        new(ExpectedUtilityOptionNames.RangeMode, "fixed-initial", "fixed-initial, recompute-each-round", "Range R that normalises distances: from the input positions, or from each round's positions."),
        new(ExpectedUtilityOptionNames.MoveOrigin, "current", "current, original", "Where a compromise move starts: the current or the input position."),
        new(ExpectedUtilityOptionNames.Rounds, "10", "[0, 100000]", "Rounds played under fixed-rounds; the cap under the other stopping rules."),
        new(ExpectedUtilityOptionNames.Stop, "fixed-rounds", "fixed-rounds, plateau, discount-rule, cycle-detection", "Stopping rule (docs/reference/expected-utility.md §2.5); the model does not converge in general."),
        new(ExpectedUtilityOptionNames.PlateauEpsilon, "0.001", "[0, 1]", "Plateau rule: largest median step, in units of R."),
        new(ExpectedUtilityOptionNames.PlateauRounds, "3", "[1, 1000]", "Plateau rule: rounds in a row; also the window of the median-range diagnostic."),
        new(ExpectedUtilityOptionNames.DiscountBeta, "0.95", "[0, 1]", "Discount rule: stop when the median moves by less than (1 − β)·R."),
        new(ExpectedUtilityOptionNames.CycleMaxPeriod, "12", "[1, 1000]", "Cycle detection: longest period looked for."),
        new(ExpectedUtilityOptionNames.CycleTolerance, "1e-12", "[0, 1]", "Cycle detection: largest position difference counted as a repeat, in units of R."),
    ];

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var effective = Effective(scenario, settings);
        var options = ExpectedUtilityOptions.FromSettings(effective);
        var notes = ExpectedUtilityOptionNames.Unknown(effective)
            .Select(name => $"'{name}' is not an option of the eu model and was ignored.")
            .ToImmutableArray();
        var stochastic = options.ConflictResolution == ConflictResolution.Stochastic;
        var issues = ImmutableArray.CreateBuilder<IssueForecast>(scenario.Issues.Length);
        for (var index = 0; index < scenario.Issues.Length; index++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var issue = scenario.Issues[index];
            var slice = scenario.Slice(issue.Id);
            var ignored = scenario.Slice(issue.Id, includeZeroSalience: true).Count - slice.Count;
            if (slice.Count == 0)
            {
                issues.Add(new IssueForecast(issue.Id, null)
                {
                    Basis = "no forecast: no actor has positive weight on this issue",
                    Notes = ["no actor has a stance with salience > 0 on this issue, so there is no forecast"],
                });
                continue;
            }

            var random = stochastic ? context.CreateRandom((ulong)index) : null;
            var trajectory = ExpectedUtilitySimulation.Run(
                slice.Positions.AsSpan(),
                slice.Capabilities.AsSpan(),
                slice.Saliences.AsSpan(),
                options,
                random,
                context.MaxDegreeOfParallelism,
                cancellation: context.Cancellation);
            issues.Add(ExpectedUtilityReport.Describe(slice, trajectory, options, ignored));
            context.Progress?.Report((index + 1) / (double)scenario.Issues.Length);
        }

        return new Forecast(Name, issues.MoveToImmutable())
        {
            Settings = options.ToSettings(),
            Seed = stochastic ? context.Seed : null,
            Notes = notes,
        };
    }

    /// <inheritdoc />
    public IOutcomeEvaluator CreateEvaluator(Scenario scenario, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        return new ExpectedUtilityEvaluator(scenario, ExpectedUtilityOptions.FromSettings(Effective(scenario, settings)));
    }

    /// <summary>The scenario's stored <c>eu</c> settings, overridden by <paramref name="settings"/>.</summary>
    private ModelSettings Effective(Scenario scenario, ModelSettings settings) =>
        scenario.ModelSettings.TryGetValue(Name, out var stored) ? stored.With(settings) : settings;
}
