using System.Collections.Immutable;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.TwoFronts;

/// <summary>One issue's state after one round of the coupled run (§6.7).</summary>
/// <remarks>Immutable and thread-safe. Record equality compares the arrays by reference.</remarks>
/// <param name="IssueId">The issue.</param>
/// <param name="Forecast">F_{i,t}, the coupling's forecast statistic of the round's positions, or <see langword="null"/> when no actor has weight.</param>
/// <param name="ModelValue">The bargaining model's own forecast value after the round, if any.</param>
/// <param name="Positions">Every counted actor's position after the round, in scenario order.</param>
/// <param name="RegimeSalience">s_{g,i,t}, the regime's salience used in the round, or <see langword="null"/> when the regime has no stance.</param>
/// <param name="Settled">Whether the issue is an armed conflict that has settled (ceasefire) by this round.</param>
public sealed record TwoFrontIssueRound(
    string IssueId,
    double? Forecast,
    double? ModelValue,
    ImmutableArray<ActorValue> Positions,
    double? RegimeSalience,
    bool Settled)
{
    /// <summary>Gets C_{i,a,t}, the cumulative conflict cost of each involved actor (armed issues only).</summary>
    public ImmutableArray<ActorValue> CumulativeCosts { get; init; } = [];

    /// <summary>Gets e_{i,a,t}, each involved actor's exhaustion in [0, 1] (armed issues only).</summary>
    public ImmutableArray<ActorValue> Exhaustion { get; init; } = [];
}
