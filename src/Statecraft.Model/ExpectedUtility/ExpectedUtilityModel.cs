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
    public IReadOnlyList<ModelOption> Options => ExpectedUtilityDeclarations.All;

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var effective = Effective(scenario, settings);
        effective.RequireKnown(Options, $"model '{Name}'");
        var options = ExpectedUtilityOptions.FromSettings(effective);
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
        };
    }

    /// <inheritdoc />
    public IOutcomeEvaluator CreateEvaluator(Scenario scenario, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        var effective = Effective(scenario, settings);
        effective.RequireKnown(Options, $"model '{Name}'");
        return new ExpectedUtilityEvaluator(scenario, ExpectedUtilityOptions.FromSettings(effective));
    }

    /// <summary>The scenario's stored <c>eu</c> settings, overridden by <paramref name="settings"/>.</summary>
    private ModelSettings Effective(Scenario scenario, ModelSettings settings) =>
        scenario.ModelSettings.TryGetValue(Name, out var stored) ? stored.With(settings) : settings;
}
