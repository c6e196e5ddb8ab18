namespace Statecraft.Assessment;

/// <summary>One computed number a sentence of the brief rests on, by name (e.g. <c>p10</c>, <c>forecast.eu</c>).</summary>
/// <remarks>Immutable and thread-safe. The number is unrounded; the sentence shows it rounded.</remarks>
/// <param name="Name">The value's name, unique within its sentence.</param>
/// <param name="Value">The number.</param>
public readonly record struct SentenceValue(string Name, double Value);
