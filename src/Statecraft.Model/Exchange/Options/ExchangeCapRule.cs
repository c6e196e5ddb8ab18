namespace Statecraft.Model.Exchange.Options;

/// <summary>When the outcome-crossing cap shortens a supplier's move (§4.6).</summary>
/// <remarks>Option <c>cap-rule</c>; kebab-case values <c>strictly-between</c> and <c>no-crossing</c>.</remarks>
public enum ExchangeCapRule
{
    /// <summary>
    /// The reference test (default): cap when the demander's position lies strictly between the outcome before and
    /// after the move. An outcome that already sits on the demander's position can then be pushed past it.
    /// </summary>
    StrictlyBetween,

    /// <summary>
    /// [Statecraft] Cap whenever the outcome would end beyond the demander's position; when it already sits there (or
    /// beyond), the capped move is 0 and the candidate is invalid. No outcome is ever pushed past the demander.
    /// </summary>
    NoCrossing,
}
