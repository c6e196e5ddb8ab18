using System.Collections.Immutable;

namespace Statecraft.Model.Spatial;

/// <summary>A bargain an actor accepted in one turn, and where it took the actor.</summary>
/// <remarks>
/// §3.11–3.12. The bargain was proposed by <see cref="Initiator"/> to <see cref="Receiver"/>; the moving actor
/// is one of the two and takes its own copy of the bargain. Immutable and thread-safe.
/// </remarks>
/// <param name="Turn">The transition in which the move takes effect (1 = the first).</param>
/// <param name="Actor">The index of the actor that moved.</param>
/// <param name="Initiator">The index of the actor that proposed the bargain.</param>
/// <param name="Receiver">The index of the actor it was proposed to.</param>
/// <param name="Target">The actor's new position, D coordinates on [0, 1].</param>
/// <param name="ChoiceProbability">The probability the actor's queue election gave this bargain. Range: [0, 1].</param>
public sealed record SmpMove(int Turn, int Actor, int Initiator, int Receiver, ImmutableArray<double> Target, double ChoiceProbability);
