namespace Statecraft.Model.Forecasting;

/// <summary>A number attached to one actor, such as its position in a round.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ActorId">The actor.</param>
/// <param name="Value">The number.</param>
public readonly record struct ActorValue(string ActorId, double Value);
