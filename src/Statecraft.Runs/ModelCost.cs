namespace Statecraft.Runs;

/// <summary>What one run of a model costs in actors and issues, and the sizes at which a run warns and is refused.</summary>
/// <remarks>The figures are measured on the shared 2-core machine and stated in docs/reliability.md (Cost in actors and
/// issues). Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Cost">How time and memory grow with n actors and m issues, in words.</param>
/// <param name="WarnAboveActors">Above this many actors a run warns before it starts and shows its progress.</param>
/// <param name="MaxActors">Above this many actors a run is refused before it starts (<see cref="int.MaxValue"/>: never).</param>
/// <param name="Reason">Why runs above <paramref name="MaxActors"/> are refused, or empty.</param>
public sealed record ModelCost(string Model, string Cost, int WarnAboveActors, int MaxActors, string Reason);
