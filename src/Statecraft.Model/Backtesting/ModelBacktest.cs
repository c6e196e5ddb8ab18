using System.Collections.Immutable;

namespace Statecraft.Model.Backtesting;

/// <summary>How one model or baseline did against the recorded outcomes: overall, by subset, and issue by issue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's or baseline's name, e.g. <c>compromise</c> or <c>commission</c>.</param>
/// <param name="IsBaseline">Whether this is a naive baseline rather than a model from the catalog.</param>
/// <param name="Overall">The accuracy over every scored issue.</param>
/// <param name="Subsets">The accuracy per subset, by key (see <see cref="BacktestSubsets"/>).</param>
/// <param name="Predictions">Every scored forecast, in scenario order.</param>
public sealed record ModelBacktest(
    string Model,
    bool IsBaseline,
    ErrorSummary Overall,
    ImmutableSortedDictionary<string, ErrorSummary> Subsets,
    ImmutableArray<BacktestPrediction> Predictions)
{
    /// <summary>Gets the groups on which the model failed, as <c>group: reason</c>; their issues are not scored.</summary>
    public ImmutableArray<string> Failures { get; init; } = [];
}
