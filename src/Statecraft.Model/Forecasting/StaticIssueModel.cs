using System.Collections.Immutable;
using Statecraft.Model.Baselines;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Forecasting;

/// <summary>Base of the static models, which compute one number per issue from the stances in one step.</summary>
/// <remarks>
/// Stateless and thread-safe. The result has round 0 only, and each actor's pull on the forecast. The value-only path
/// (<see cref="CreateEvaluator"/>) calls <see cref="Compute"/> on the same slices and skips the description.
/// </remarks>
public abstract class StaticIssueModel : IOutcomeModel
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Summary { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<ModelOption> Options => [];

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        settings.RequireKnown(Options, $"model '{Name}'");
        var issues = ImmutableArray.CreateBuilder<IssueForecast>(scenario.Issues.Length);
        foreach (var issue in scenario.Issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var slice = scenario.Slice(issue.Id);
            var value = Compute(slice, settings);
            issues.Add(Describe(slice, value, Basis(settings)));
        }

        return new Forecast(Name, issues.MoveToImmutable()) { Settings = settings };
    }

    /// <inheritdoc />
    public IOutcomeEvaluator CreateEvaluator(Scenario scenario, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, $"model '{Name}'");
        return new StaticIssueEvaluator(this, scenario, settings);
    }

    /// <summary>Computes the forecast of one issue.</summary>
    /// <param name="slice">The issue's counted actors.</param>
    /// <param name="settings">The model's options.</param>
    /// <returns>The forecast, or <see langword="null"/> when undefined.</returns>
    public abstract double? Compute(IssueSlice slice, ModelSettings settings);

    /// <summary>Describes what the forecast is, for output.</summary>
    /// <param name="settings">The model's options.</param>
    /// <returns>A short phrase.</returns>
    protected abstract string Basis(ModelSettings settings);

    /// <summary>Builds an issue forecast with round 0 and the actors' pulls on <paramref name="value"/>.</summary>
    /// <param name="slice">The issue's counted actors.</param>
    /// <param name="value">The forecast.</param>
    /// <param name="basis">What the forecast is.</param>
    /// <returns>The issue forecast.</returns>
    public static IssueForecast Describe(IssueSlice slice, double? value, string basis)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var x = slice.Positions.AsSpan();
        var w = slice.Weights();
        var positions = ImmutableArray.CreateBuilder<ActorValue>(slice.Count);
        for (var k = 0; k < slice.Count; k++)
        {
            positions.Add(new ActorValue(slice.ActorIds[k], x[k]));
        }

        var median = WeightedStatistics.LowerWeightedMedian(x, w);
        var mean = WeightedStatistics.WeightedMean(x, w);
        var rounds = median is { } m && mean is { } a
            ? ImmutableArray.Create(new RoundSnapshot(0, m, a, positions.MoveToImmutable()))
            : [];
        return new IssueForecast(slice.Issue.Id, value)
        {
            Basis = basis,
            Rounds = rounds,
            Pulls = value is { } f ? Pulls(slice.ActorIds, x, w, f) : [],
            Notes = value is null ? ["no actor has positive weight on this issue, so there is no forecast"] : [],
        };
    }

    /// <summary>Each actor's pull w_k (x_k − F) / Σ w on a forecast F, strongest first (ties by actor order).</summary>
    /// <param name="actorIds">The actors.</param>
    /// <param name="positions">x_k.</param>
    /// <param name="weights">w_k.</param>
    /// <param name="forecast">F.</param>
    /// <returns>The pulls; empty when Σ w = 0.</returns>
    public static ImmutableArray<ActorValue> Pulls(ImmutableArray<string> actorIds, ReadOnlySpan<double> positions, ReadOnlySpan<double> weights, double forecast)
    {
        double total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        if (!(total > 0))
        {
            return [];
        }

        var pulls = new ActorValue[positions.Length];
        for (var k = 0; k < pulls.Length; k++)
        {
            pulls[k] = new ActorValue(actorIds[k], weights[k] * (positions[k] - forecast) / total);
        }

        // A stable sort keeps scenario order among equal pulls.
        return [.. pulls.Select((p, k) => (p, k)).OrderByDescending(t => Math.Abs(t.p.Value)).ThenBy(t => t.k).Select(t => t.p)];
    }
}
