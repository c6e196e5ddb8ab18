using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>An immutable snapshot of a civil-violence run: every agent and cop, the legitimacy and the counters.</summary>
/// <remarks>
/// <para>Create one with <see cref="UnrestModel.CreateInitialState"/> and advance it with <see cref="UnrestModel.Next"/>,
/// a pure function of (state, random source). The data live in flat arrays (struct-of-arrays) that no one mutates
/// after the snapshot is taken; stepping clones them first.</para>
/// <para>Immutable and thread-safe. Equality is by reference to the snapshot, not by content.</para>
/// </remarks>
public sealed record UnrestState
{
    private readonly UnrestWorld _world;

    internal UnrestState(UnrestWorld world) => _world = world;

    /// <summary>Gets the options the run uses.</summary>
    public UnrestOptions Options => _world.Options;

    /// <summary>Gets τ, the number of ticks played.</summary>
    public int Tick => _world.Tick;

    /// <summary>Gets L in force for the next tick (under local scope, the mean of the agents' L_i). Range: [0, 1].</summary>
    public double Legitimacy => _world.Legitimacy;

    /// <summary>Gets L*, the synthesis law's current baseline.</summary>
    public double Baseline => _world.Baseline;

    /// <summary>Gets the hardship multiplier 1 + η·K of the coupling model (1 when uncoupled).</summary>
    public double HardshipFactor => _world.HardshipFactor;

    /// <summary>Gets N, the number of agents (citizens).</summary>
    public int Agents => _world.Agents;

    /// <summary>Gets the number of cops on duty.</summary>
    public int Cops => _world.CopCount;

    /// <summary>Gets the number of quiet agents.</summary>
    public int Quiet => _world.QuietCount;

    /// <summary>Gets the number of active agents.</summary>
    public int Active => _world.ActiveCount;

    /// <summary>Gets the number of jailed agents.</summary>
    public int Jailed => _world.JailedCount;

    /// <summary>Gets the arrests made in the last tick.</summary>
    public int Arrests => _world.ArrestsThisTick;

    /// <summary>Gets the arrests made since τ = 0.</summary>
    public long CumulativeArrests => _world.CumulativeArrests;

    /// <summary>Gets the counts as a tick record.</summary>
    public UnrestTick Counts => new(Tick, Quiet, Active, Jailed, Legitimacy);

    /// <summary>Gets each agent's perceived hardship H ~ U(0, 1).</summary>
    public ReadOnlySpan<double> Hardship => _world.Hardship;

    /// <summary>Gets each agent's risk aversion R ~ U(0, 1).</summary>
    public ReadOnlySpan<double> RiskAversion => _world.RiskAversion;

    /// <summary>Gets each agent's remaining jail term (−1 = infinite; meaningful only while jailed).</summary>
    public ReadOnlySpan<int> JailTerms => _world.JailTerms;

    /// <summary>Gets each agent's column, or −1 when it is off the lattice (in jail).</summary>
    public ReadOnlySpan<int> AgentX => _world.AgentX;

    /// <summary>Gets each agent's row, or −1 when it is off the lattice.</summary>
    public ReadOnlySpan<int> AgentY => _world.AgentY;

    /// <summary>Gets each cop's column.</summary>
    public ReadOnlySpan<int> CopX => _world.CopX;

    /// <summary>Gets each cop's row.</summary>
    public ReadOnlySpan<int> CopY => _world.CopY;

    /// <summary>Returns agent <paramref name="agent"/>'s state.</summary>
    /// <param name="agent">The agent index. Range: [0, N).</param>
    /// <returns>The state.</returns>
    public AgentState StateOf(int agent) => (AgentState)_world.States[agent];

    /// <summary>Returns the legitimacy agent <paramref name="agent"/> perceives.</summary>
    /// <param name="agent">The agent index. Range: [0, N).</param>
    /// <returns>L, or L_i under local scope.</returns>
    public double LegitimacyOf(int agent) => _world.LegitimacyOf(agent);

    /// <summary>Returns a copy in which an external shock has moved legitimacy: L ← clamp(L − <paramref name="amount"/>, 0, 1) (every L_i under local scope).</summary>
    /// <param name="amount">The loss; negative values restore legitimacy.</param>
    /// <returns>The new state. With <paramref name="amount"/> = 0 every number is unchanged.</returns>
    public UnrestState WithLegitimacyShock(double amount)
    {
        var world = _world.Clone();
        world.ApplyLegitimacyShock(amount);
        return new UnrestState(world);
    }

    /// <summary>Returns a copy whose agents feel hardship H·<paramref name="factor"/> (§6.3 (c)).</summary>
    /// <param name="factor">1 + η·K. Range: ≥ 0.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative or not finite.</exception>
    public UnrestState WithHardshipFactor(double factor)
    {
        if (!(factor >= 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The hardship factor must be finite and ≥ 0.");
        }

        var world = _world.Clone();
        world.HardshipFactor = factor;
        return new UnrestState(world);
    }

    internal UnrestState Step(IRandomSource rng)
    {
        var world = _world.Clone();
        world.Step(rng);
        return new UnrestState(world);
    }

    internal UnrestWorld CloneWorld() => _world.Clone();
}
