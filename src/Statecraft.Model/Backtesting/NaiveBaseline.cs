using System.Collections.Immutable;
using Statecraft.Model.Baselines;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Backtesting;

/// <summary>A naive forecast that every model should beat: an actor's position, the reference point, the plain mean or the median actor (§1.6).</summary>
/// <remarks>
/// A baseline that needs a value an issue lacks (the Commission has no position, no reference point) gives no
/// forecast there, and the backtest scores it only on the issues that have the value. Immutable and thread-safe.
/// </remarks>
public abstract class NaiveBaseline
{
    /// <summary>Gets the Commission's position (actor <c>com</c>).</summary>
    public static NaiveBaseline Commission { get; } = new ActorPositionBaseline("commission", "com", "The Commission's position (actor com).");

    /// <summary>Gets the European Parliament's position (actor <c>ep</c>).</summary>
    public static NaiveBaseline Parliament { get; } = new ActorPositionBaseline("parliament", "ep", "The European Parliament's position (actor ep).");

    /// <summary>Gets the reference point (status quo).</summary>
    public static NaiveBaseline ReferencePoint { get; } = new ReferencePointBaseline();

    /// <summary>Gets the plain, unweighted mean of the counted positions.</summary>
    public static NaiveBaseline PlainMean { get; } = new SliceBaseline("plain-mean", "Plain mean of the counted actors' positions.", s => WeightedStatistics.Mean(s.Positions.AsSpan()));

    /// <summary>Gets the unweighted median of the counted positions, with the midpoint for an even count.</summary>
    public static NaiveBaseline MedianActor { get; } = new SliceBaseline("median-actor", "Unweighted median of the counted positions (midpoint for an even count).", s => WeightedStatistics.Median(s.Positions.AsSpan()));

    /// <summary>Gets every baseline, in report order.</summary>
    public static ImmutableArray<NaiveBaseline> All { get; } = [Commission, Parliament, ReferencePoint, PlainMean, MedianActor];

    /// <summary>Gets the name used in reports, lower-case kebab-case.</summary>
    public abstract string Name { get; }

    /// <summary>Gets a one-line description.</summary>
    public abstract string Summary { get; }

    /// <summary>Returns the baseline's forecast for one issue.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="issue">The issue.</param>
    /// <returns>The forecast, or <see langword="null"/> when the issue lacks the value.</returns>
    public abstract double? Predict(Scenario scenario, Issue issue);

    private sealed class ActorPositionBaseline(string name, string actorId, string summary) : NaiveBaseline
    {
        public override string Name => name;

        public override string Summary => summary;

        public override double? Predict(Scenario scenario, Issue issue) =>
            scenario.TryGetStance(actorId, issue.Id, out var stance) && stance.Salience > 0 ? stance.Position : null;
    }

    private sealed class ReferencePointBaseline : NaiveBaseline
    {
        public override string Name => "reference-point";

        public override string Summary => "The reference point (status quo).";

        public override double? Predict(Scenario scenario, Issue issue) => issue.ReferencePoint;
    }

    private sealed class SliceBaseline(string name, string summary, Func<IssueSlice, double?> compute) : NaiveBaseline
    {
        public override string Name => name;

        public override string Summary => summary;

        public override double? Predict(Scenario scenario, Issue issue) => compute(scenario.Slice(issue.Id));
    }
}
