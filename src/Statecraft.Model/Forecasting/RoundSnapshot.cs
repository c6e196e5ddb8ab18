using System.Collections.Immutable;

namespace Statecraft.Model.Forecasting;

/// <summary>The state of one issue after a round of a dynamic model (round 0 is the input).</summary>
/// <remarks>Immutable and thread-safe. Numbers are on the issue's own scale.</remarks>
/// <param name="Round">The round, 0 for the initial positions.</param>
/// <param name="Median">The weighted median (Condorcet winner) of the positions in this round.</param>
/// <param name="Mean">The capability×salience-weighted mean of the positions in this round.</param>
/// <param name="Positions">Every actor's position, in scenario order.</param>
public sealed record RoundSnapshot(int Round, double Median, double Mean, ImmutableArray<ActorValue> Positions);
