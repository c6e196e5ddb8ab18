using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Exchange;

/// <summary>An exchange of voting positions that was realised in a round (§4.8, §4.14).</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="A"/> demands the first issue of the pair (p) and supplies the second (q);
/// <see cref="B"/> demands q and supplies p: the order of the columns of the decide exchange list.
/// </remarks>
/// <param name="Round">The round, 1 = the first.</param>
/// <param name="Order">The position in the round's order of realisation, 1 = first.</param>
/// <param name="Generation">The candidate's generation index (§4.3), the tie-break of <see cref="ExchangeTieBreak.GenerationOrder"/>.</param>
/// <param name="Gain">The ranking gain G: the equal gain after the cap (decide's "gain p=0").</param>
/// <param name="EqualGain">The equal gain before the cap (decide's "eu").</param>
/// <param name="A">The partner who supplies q and demands p.</param>
/// <param name="B">The partner who supplies p and demands q.</param>
public sealed record RealisedExchange(int Round, int Order, int Generation, double Gain, double EqualGain, ExchangeSide A, ExchangeSide B)
{
    /// <summary>Gets the REX draws (u, v, z) and the chosen partner's maximum utility, when REX was on (§4.10).</summary>
    public RexDraw? Rex { get; init; }
}
