using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>An in-place runner of Epstein's Model II (inter-group violence) that exposes the agents, cops and sites after each tick.</summary>
/// <remarks>
/// <para>Epstein (2002) Model II, §5.13; every rule and [Statecraft] choice is listed in docs/models/unrest.md.
/// A tick: (1) the cop schedule brings the cops on duty to its count; (2) every free agent and cop is activated once, in
/// a fresh random order: it moves to a random empty site in view (rule M), then an agent applies rule A′ (and kills if
/// active) and a cop arrests one active in view (rule C); (3) jail terms count down and finished ones are released;
/// (4) free agents clone; (5) everyone not born this tick ages, and dies on reaching its death age.</para>
/// <para>The same seed gives a bit-identical run on every platform and thread count. Mutable and not thread-safe.</para>
/// </remarks>
[Mutable("Steps a struct-of-arrays world in place; the agents' spans are views into it.")]
public sealed class InterEthnicSimulation
{
    private readonly InterEthnicWorld _world;
    private readonly IRandomSource _rng;

    private InterEthnicSimulation(InterEthnicWorld world, IRandomSource rng)
    {
        _world = world;
        _rng = rng;
    }

    /// <summary>Gets the options of the run.</summary>
    public InterEthnicOptions Options => _world.Options;

    /// <summary>Gets the counts after the last tick played.</summary>
    public InterEthnicTick Counts => _world.Counts;

    /// <summary>Gets the number of agent slots in use; slots of dead agents are reused by later births.</summary>
    public int Slots => _world.Slots;

    /// <summary>Gets each site's occupant, indexed y·width + x: −1 empty, an agent slot ≥ 0, or −2 − c for cop c.</summary>
    public ReadOnlySpan<int> Occupants => _world.Occupants;

    /// <summary>Gets each slot's group (0 Blue, 1 Green); meaningful while the slot's agent is alive.</summary>
    public ReadOnlySpan<byte> Groups => _world.Groups;

    /// <summary>Gets each slot's state: 0 quiet, 1 active, 2 jailed, 3 dead (a free slot).</summary>
    public ReadOnlySpan<byte> States => _world.States;

    /// <summary>Gets each slot's perceived hardship H ~ U(0, 1), inherited by clones.</summary>
    public ReadOnlySpan<double> Hardship => _world.Hardship;

    /// <summary>Gets each slot's risk aversion R ~ U(0, 1), drawn afresh for clones.</summary>
    public ReadOnlySpan<double> RiskAversion => _world.RiskAversion;

    /// <summary>Gets each slot's site (y·width + x), or −1 when the agent is jailed or dead.</summary>
    public ReadOnlySpan<int> Sites => _world.Sites;

    /// <summary>Gets each slot's age in ticks.</summary>
    public ReadOnlySpan<int> Ages => _world.Ages;

    /// <summary>Gets each slot's death age in ticks, in {1, …, A_max}.</summary>
    public ReadOnlySpan<int> DeathAges => _world.DeathAges;

    /// <summary>Gets each slot's remaining jail term (−1 = infinite; meaningful only while jailed).</summary>
    public ReadOnlySpan<int> JailTerms => _world.JailTerms;

    /// <summary>Gets the site of each cop on duty.</summary>
    public ReadOnlySpan<int> CopSites => _world.CopSites;

    /// <summary>Gets the births of the last tick as (parent's site, child's site) pairs, in the order they happened.</summary>
    public IReadOnlyList<(int ParentSite, int ChildSite)> Births => _world.Births;

    /// <summary>Creates a simulation at tick 0, drawing the initial placement and attributes from <paramref name="rng"/>.</summary>
    /// <param name="options">The options.</param>
    /// <param name="rng">The run's random source; the simulation keeps using it.</param>
    /// <returns>The simulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static InterEthnicSimulation Create(InterEthnicOptions options, IRandomSource rng) => new(new InterEthnicWorld(options, rng), rng);

    /// <summary>Creates a simulation that continues from <paramref name="state"/>.</summary>
    /// <param name="state">The state to start from (it is copied).</param>
    /// <param name="rng">The random source to continue with.</param>
    /// <returns>The simulation.</returns>
    public static InterEthnicSimulation From(InterEthnicState state, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rng);
        return new(state.CloneWorld(), rng);
    }

    /// <summary>Returns an immutable snapshot of the current state.</summary>
    /// <returns>The snapshot.</returns>
    public InterEthnicState ToState() => new(_world.Clone());

    /// <summary>Plays one tick in place.</summary>
    /// <returns>The counts after the tick.</returns>
    public InterEthnicTick Step()
    {
        _world.Step(_rng);
        return _world.Counts;
    }
}
