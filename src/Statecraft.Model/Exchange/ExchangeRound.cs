using System.Collections.Immutable;

namespace Statecraft.Model.Exchange;

/// <summary>The state of a linked set of issues after one round of the exchange model (§4.9, §4.14).</summary>
/// <remarks>
/// Immutable and thread-safe. Actor-issue arrays are actor-major (<c>[i * D + d]</c>) on the internal 0–100 scale;
/// absent actor-issues hold their (unused) input values. Issue arrays hold NaN for an issue nobody weighs.
/// </remarks>
/// <param name="Round">The round, 1 = the first.</param>
/// <param name="StartPositions">The preference positions the round started from.</param>
/// <param name="Compromise">O_d, the compromise (weighted mean) of the start positions, per issue.</param>
/// <param name="VotingPositions">The voting positions at the end of the round: the last realised move of each actor on each issue, else its start position.</param>
/// <param name="Outcome">The model's prediction per issue: the weighted mean of the voting positions.</param>
/// <param name="NextPositions">The preference positions after the between-round update, which the next round starts from.</param>
/// <param name="Exchanges">The realised exchanges, in order of realisation.</param>
/// <param name="Externalities">Per actor-issue, the sum over this round's exchanges the actor took no part in of s_kd(|O⁰_d − x_kd| − |O¹_d − x_kd|) (§4.11).</param>
public sealed record ExchangeRound(
    int Round,
    ImmutableArray<double> StartPositions,
    ImmutableArray<double> Compromise,
    ImmutableArray<double> VotingPositions,
    ImmutableArray<double> Outcome,
    ImmutableArray<double> NextPositions,
    ImmutableArray<RealisedExchange> Exchanges,
    ImmutableArray<double> Externalities);
