namespace Statecraft.Assessment;

/// <summary>One cluster of a Monte Carlo outcome distribution: where it lies, where it peaks and what share of runs it holds.</summary>
/// <remarks>Immutable and thread-safe. Numbers are on the issue's own scale.</remarks>
/// <param name="From">The lower edge of the cluster (inclusive).</param>
/// <param name="To">The upper edge of the cluster (exclusive, except at the top of the scale).</param>
/// <param name="Centre">The median of the runs in the cluster.</param>
/// <param name="Share">The share of defined runs in the cluster. Range: [0, 1].</param>
public readonly record struct OutcomeMode(double From, double To, double Centre, double Share);
