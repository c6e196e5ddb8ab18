namespace Statecraft.Model.Exchange.Options;

/// <summary>How the exchange model checks a candidate's moves against the actor's earlier moves in the round (§4.7, §4.8).</summary>
/// <remarks>Option <c>mode</c>; kebab-case values <c>decide-current</c> and <c>clean</c>.</remarks>
public enum ExchangeMode
{
    /// <summary>
    /// The bookkeeping of the decide reference implementation (default): each side of a candidate keeps a ledger of
    /// signed moves, stale entries included; the side is valid while every entry has one sign and their sum is ≤ 100.
    /// Earlier entries of the update map are merged towards the supplier's start position.
    /// </summary>
    DecideCurrent,

    /// <summary>
    /// Statecraft's clean rule: a move must have the same sign as every move the same actor has realised on the same
    /// issue earlier in the round, with no sum rule; the update map always keeps the newest position.
    /// </summary>
    Clean,
}
