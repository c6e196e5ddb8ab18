namespace Statecraft.Model.Exchange;

/// <summary>One partner's half of a realised exchange: the issue it gives way on, and how far (§4.5–§4.6).</summary>
/// <remarks>Immutable and thread-safe. Positions and outcomes are on the internal 0–100 scale; indices refer to the <see cref="ExchangeProblem"/>.</remarks>
/// <param name="Actor">The actor index.</param>
/// <param name="SupplyIssue">The issue the actor gives way on (its supply issue).</param>
/// <param name="DemandIssue">The issue on which the partner gives way to it (its demand issue).</param>
/// <param name="Start">The actor's voting position on the supply issue before this exchange (its start-of-round position unless it already moved there this round).</param>
/// <param name="Move">The signed move, towards the partner's position.</param>
/// <param name="Voting">The voting position after the exchange, after the outcome-crossing cap.</param>
/// <param name="EqualGainVoting">The voting position of the plain equal-gain solution, before the cap.</param>
/// <param name="Target">The partner's start-of-round position on the supply issue.</param>
/// <param name="Gain">This actor's utility gain G = s_demand·δ_demand − s_supply·δ_supply; equal for both partners unless REX is on.</param>
/// <param name="OutcomeBefore">O⁰: the outcome of the supply issue before the move, from start-of-round positions with the candidate's update map (§4.6).</param>
/// <param name="OutcomeAfter">O¹: the same outcome with the actor at its new voting position.</param>
/// <param name="Capped">Whether the outcome-crossing cap shortened this actor's move.</param>
public sealed record ExchangeSide(
    int Actor,
    int SupplyIssue,
    int DemandIssue,
    double Start,
    double Move,
    double Voting,
    double EqualGainVoting,
    double Target,
    double Gain,
    double OutcomeBefore,
    double OutcomeAfter,
    bool Capped);
