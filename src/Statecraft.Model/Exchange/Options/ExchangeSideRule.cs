namespace Statecraft.Model.Exchange.Options;

/// <summary>Which side of an issue's outcome an actor is on at the start of a round (§4.3).</summary>
/// <remarks>Option <c>side-rule</c>; kebab-case values <c>at-or-below</c> and <c>strictly-below</c>.</remarks>
public enum ExchangeSideRule
{
    /// <summary>An actor is on the left when x ≤ O (default; the current decide rule).</summary>
    AtOrBelow,

    /// <summary>An actor is on the left when x &lt; O (an older decide rule).</summary>
    StrictlyBelow,
}
