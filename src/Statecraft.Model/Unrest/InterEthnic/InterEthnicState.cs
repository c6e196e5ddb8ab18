using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>An immutable snapshot of a Model II run: every agent, cop and site, and the counts of the last tick.</summary>
/// <remarks>
/// <para>Create one with <see cref="InterEthnicModel.CreateInitialState"/> and advance it with
/// <see cref="InterEthnicModel.Next"/>, a pure function of (state, random source): stepping clones the snapshot's flat
/// arrays first, so no one mutates them after the snapshot is taken. <see cref="InterEthnicSimulation"/> plays the
/// same ticks with the same draws in place.</para>
/// <para>Immutable and thread-safe. Equality is by reference to the snapshot, not by content.</para>
/// </remarks>
public sealed record InterEthnicState
{
    private readonly InterEthnicWorld _world;

    internal InterEthnicState(InterEthnicWorld world) => _world = world;

    /// <summary>Gets the options the run uses.</summary>
    public InterEthnicOptions Options => _world.Options;

    /// <summary>Gets τ, the number of ticks played.</summary>
    public int Tick => _world.Tick;

    /// <summary>Gets the counts of the last tick played (tick 0: the initial placement).</summary>
    public InterEthnicTick Counts => _world.Counts;

    /// <summary>Gets each site's occupant, indexed y·width + x: −1 empty, an agent slot ≥ 0, or −2 − c for cop c.</summary>
    public ReadOnlySpan<int> Occupants => _world.Occupants;

    /// <summary>Gets each slot's group (0 Blue, 1 Green); meaningful while the slot's agent is alive.</summary>
    public ReadOnlySpan<byte> Groups => _world.Groups;

    /// <summary>Gets each slot's state: 0 quiet, 1 active, 2 jailed, 3 dead (a free slot).</summary>
    public ReadOnlySpan<byte> States => _world.States;

    /// <summary>Gets each slot's perceived hardship H ~ U(0, 1).</summary>
    public ReadOnlySpan<double> Hardship => _world.Hardship;

    /// <summary>Gets each slot's site, or −1 when the agent is jailed or dead.</summary>
    public ReadOnlySpan<int> Sites => _world.Sites;

    internal InterEthnicState Step(IRandomSource rng)
    {
        var world = _world.Clone();
        world.Step(rng);
        return new InterEthnicState(world);
    }

    internal InterEthnicWorld CloneWorld() => _world.Clone();
}
