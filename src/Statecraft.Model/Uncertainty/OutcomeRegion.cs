namespace Statecraft.Model.Uncertainty;

/// <summary>The probability that an issue's outcome falls in one labelled region of its scale.</summary>
/// <remarks>Immutable and thread-safe. See <see cref="OutcomeBinning"/> for how the scale is cut.</remarks>
/// <param name="Bounds">The region and its labels.</param>
/// <param name="Count">The number of replicates whose outcome falls in the region.</param>
/// <param name="Probability">Count over the number of defined outcomes. Range: [0, 1]; the regions of an issue sum to 1.</param>
public readonly record struct OutcomeRegion(RegionBounds Bounds, long Count, double Probability);
