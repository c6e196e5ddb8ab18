using System.Collections.Immutable;

namespace Statecraft.Model.Spatial;

/// <summary>One state of an SMP run: every actor's position and ideal, risk attitude and chance of prevailing.</summary>
/// <remarks>
/// <para>§3.3 and §3.15. Coordinates are on [0, 1], N×D row-major. The win probability of an actor is that of
/// the position cluster it belongs to, so actors sharing a position show the same number and the column can sum to
/// more than 1. The risk attitudes are those computed at the start of the turn that leaves this state.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Turn">The state's index: 0 for the input, t after the t-th transition.</param>
/// <param name="Positions">θ(t), N×D on [0, 1].</param>
/// <param name="Ideals">q(t), N×D on [0, 1].</param>
/// <param name="RiskAttitudes">R_i ∈ [−1, 1], N values.</param>
/// <param name="WinProbabilities">Each actor's probability of prevailing, that of its cluster, N values in [0, 1].</param>
/// <param name="Clusters">The unique positions (within posTol = 1e-3), in order of first appearance, with their probabilities.</param>
public sealed record SmpState(
    int Turn,
    ImmutableArray<double> Positions,
    ImmutableArray<double> Ideals,
    ImmutableArray<double> RiskAttitudes,
    ImmutableArray<double> WinProbabilities,
    ImmutableArray<SmpCluster> Clusters);
