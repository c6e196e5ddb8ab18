namespace Statecraft.Model.Uncertainty;

/// <summary>One bin of an outcome histogram on an issue's scale.</summary>
/// <remarks>Immutable and thread-safe. The bin is [<see cref="Lower"/>, <see cref="Upper"/>), closed at the top of the scale.</remarks>
/// <param name="Lower">The lower edge on the scale.</param>
/// <param name="Upper">The upper edge on the scale.</param>
/// <param name="Count">The number of replicates whose outcome falls in the bin.</param>
/// <param name="Share">Count over the number of defined outcomes. Range: [0, 1].</param>
public readonly record struct HistogramBin(double Lower, double Upper, long Count, double Share);
