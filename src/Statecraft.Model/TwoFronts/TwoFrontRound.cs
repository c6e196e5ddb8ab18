using System.Collections.Immutable;
using Statecraft.Model.Unrest;

namespace Statecraft.Model.TwoFronts;

/// <summary>The state of both fronts after one round of the coupled run (§6.7).</summary>
/// <remarks>Immutable and thread-safe. Record equality compares the arrays by reference.</remarks>
/// <param name="Round">t; 0 is the initial state.</param>
/// <param name="Issues">Each issue's state, in scenario order.</param>
/// <param name="RegimeCapability">c_{g,t}, the regime's capability used in the round (<see langword="null"/> without an arena).</param>
/// <param name="Burden">K_t, the regime's conflict burden.</param>
/// <param name="LostGround">Δ_t, the salience-weighted ground lost abroad in the round.</param>
/// <param name="Legitimacy">L right after the round's shock (<see langword="null"/> without an arena).</param>
/// <param name="Ticks">The arena's ticks played in the round.</param>
public sealed record TwoFrontRound(
    int Round,
    ImmutableArray<TwoFrontIssueRound> Issues,
    double? RegimeCapability,
    double Burden,
    double LostGround,
    double? Legitimacy,
    ImmutableArray<UnrestTick> Ticks)
{
    /// <summary>Gets the round's last tick, or <see langword="null"/> when none was played.</summary>
    public UnrestTick? LastTick => Ticks.IsDefaultOrEmpty ? null : Ticks[^1];
}
