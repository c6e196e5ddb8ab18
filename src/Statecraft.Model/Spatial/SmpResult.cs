using System.Collections.Immutable;

namespace Statecraft.Model.Spatial;

/// <summary>The full trajectory of an SMP run: every state, every accepted bargain and why the run stopped.</summary>
/// <remarks>Immutable and thread-safe. Coordinates are on [0, 1].</remarks>
/// <param name="ActorCount">N.</param>
/// <param name="DimensionCount">D.</param>
/// <param name="States">States 0..T, T + 1 of them.</param>
/// <param name="Moves">Accepted bargains, by turn, then by moving actor.</param>
/// <param name="StopReason">Why the run stopped.</param>
public sealed record SmpResult(int ActorCount, int DimensionCount, ImmutableArray<SmpState> States, ImmutableArray<SmpMove> Moves, SmpStopReason StopReason)
{
    /// <summary>Gets T, the number of turns (transitions) run.</summary>
    public int Turns => States.Length - 1;

    /// <summary>Gets the final state.</summary>
    public SmpState Final => States[^1];

    /// <summary>Gets the seed of the random streams (used only by stochastic transitions).</summary>
    public ulong Seed { get; init; }

    /// <summary>Gets warnings met during the run (e.g. a Markov election that hit its iteration cap).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
