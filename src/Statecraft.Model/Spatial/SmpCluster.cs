using System.Collections.Immutable;

namespace Statecraft.Model.Spatial;

/// <summary>A group of actors standing at the same position (within posTol = 1e-3), and its probability of prevailing.</summary>
/// <remarks>
/// §3.3 and §3.15: the representative is the first actor (in index order) that no earlier representative
/// matched. The probabilities of all clusters of one state sum to 1. Immutable and thread-safe.
/// </remarks>
/// <param name="Representative">The index of the actor whose position stands for the cluster.</param>
/// <param name="Members">The indices of the actors reported in this cluster, ascending.</param>
/// <param name="Probability">The cluster's probability of prevailing, from a probabilistic Condorcet election among the clusters. Range: [0, 1].</param>
public sealed record SmpCluster(int Representative, ImmutableArray<int> Members, double Probability);
