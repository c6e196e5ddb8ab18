namespace Statecraft.Model.Mixture;

/// <summary>One point of the outcome distribution of the <c>statecraft</c> model: a position and its probability.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Position">The position on the issue's own scale.</param>
/// <param name="Probability">Its probability. Range: [0, 1].</param>
/// <param name="Kind">What the point is: <c>compromise</c>, <c>status-quo</c> or <c>position</c> (a position held by actors).</param>
public readonly record struct MixtureAtom(double Position, double Probability, string Kind);
