namespace Statecraft.Model.Domain;

/// <summary>A labelled point on an issue's scale, such as "0 = no ceasefire".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Value">The point on the issue's own scale.</param>
/// <param name="Label">What a position at that point means.</param>
public readonly record struct ScaleLabel(double Value, string Label);
