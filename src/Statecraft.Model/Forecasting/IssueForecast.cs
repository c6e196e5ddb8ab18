using System.Collections.Immutable;

namespace Statecraft.Model.Forecasting;

/// <summary>A model's forecast for one issue, with the trajectory and the moves that led to it.</summary>
/// <remarks>Immutable and thread-safe. Numbers are on the issue's own scale.</remarks>
/// <param name="IssueId">The issue.</param>
/// <param name="Value">The forecast outcome, or <see langword="null"/> when the model cannot give one (e.g. nobody with positive weight).</param>
public sealed record IssueForecast(string IssueId, double? Value)
{
    /// <summary>Gets what <see cref="Value"/> is, in words (e.g. "weighted median after round 4 (plateau)").</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>Gets the per-round states; static models give only round 0.</summary>
    public ImmutableArray<RoundSnapshot> Rounds { get; init; } = [];

    /// <summary>Gets the statistic of a round's snapshot that stands for the model's forecast after that round.</summary>
    /// <remarks>
    /// <see cref="Value"/> is the forecast after the last round; before it, the forecast is this statistic of the round's
    /// snapshot. The expected-utility model forecasts the weighted median and the exchange model its outcome (both
    /// <see cref="SnapshotStatistic.Median"/>); the spatial model forecasts a weighted mean
    /// (<see cref="SnapshotStatistic.Mean"/>; under its cluster-mean summary, which the rounds do not carry, the mean
    /// is the nearest statistic). The coupled two-front run reads a dynamic model's round-0 forecast through it.
    /// </remarks>
    public SnapshotStatistic RoundForecast { get; init; } = SnapshotStatistic.Median;

    /// <summary>Gets the moves that explain the trajectory, in order.</summary>
    public ImmutableArray<ForecastEvent> Events { get; init; } = [];

    /// <summary>Gets each counted actor's pull on the forecast, w_k·(x_k − F)/Σw, strongest first.</summary>
    /// <remarks>Positive pulls point up the scale, negative down; x_k is the actor's final position.</remarks>
    public ImmutableArray<ActorValue> Pulls { get; init; } = [];

    /// <summary>Gets model-specific numbers (e.g. <c>cycleMin</c>, <c>cycleMax</c>, <c>stoppingRound</c>).</summary>
    public ImmutableDictionary<string, double> Metrics { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Gets remarks on this issue's run (warnings, degenerate cases met).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
