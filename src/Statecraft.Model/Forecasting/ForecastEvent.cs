namespace Statecraft.Model.Forecasting;

/// <summary>Something that happened in a round and explains a move: a challenge, a compromise, an exchange, a bargain.</summary>
/// <remarks>Immutable and thread-safe. Positions are on the issue's own scale.</remarks>
/// <param name="Round">The round in which the move takes effect (1 = the first round).</param>
/// <param name="Kind">The kind of move, lower-case: <c>conflict</c>, <c>compromise</c>, <c>capitulation</c>, <c>exchange</c>, <c>bargain</c>, ….</param>
/// <param name="ActorId">The actor that moved.</param>
/// <param name="PartnerId">The actor that caused the move, if any.</param>
/// <param name="From">The position before the move.</param>
/// <param name="To">The position after the move.</param>
/// <param name="Detail">A short human-readable explanation, if any.</param>
public sealed record ForecastEvent(int Round, string Kind, string ActorId, string? PartnerId, double From, double To, string? Detail = null);
