using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>An in-place runner of the civil-violence model for long or large runs, without a snapshot per tick.</summary>
/// <remarks>
/// <para>It plays exactly the ticks <see cref="UnrestModel.Next"/> plays, with the same draws, so both give bit-identical
/// results; only the copying differs.</para>
/// <para>Mutable and not thread-safe.</para>
/// </remarks>
[Mutable("Steps a large struct-of-arrays world in place to avoid copying it every tick.")]
public sealed class UnrestSimulation
{
    private readonly UnrestWorld _world;
    private readonly IRandomSource _rng;

    private UnrestSimulation(UnrestWorld world, IRandomSource rng)
    {
        _world = world;
        _rng = rng;
    }

    /// <summary>Gets the counts after the last tick played.</summary>
    public UnrestTick Counts => new(_world.Tick, _world.QuietCount, _world.ActiveCount, _world.JailedCount, _world.Legitimacy);

    /// <summary>Creates a simulation at tick 0, drawing the initial placement from <paramref name="rng"/>.</summary>
    /// <param name="options">The options.</param>
    /// <param name="rng">The run's random source; the simulation keeps using it.</param>
    /// <returns>The simulation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static UnrestSimulation Create(UnrestOptions options, IRandomSource rng) => new(new UnrestWorld(options, rng), rng);

    /// <summary>Creates a simulation that continues from <paramref name="state"/>.</summary>
    /// <param name="state">The state to start from (it is copied).</param>
    /// <param name="rng">The random source to continue with.</param>
    /// <returns>The simulation.</returns>
    public static UnrestSimulation From(UnrestState state, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rng);
        return new(state.CloneWorld(), rng);
    }

    /// <summary>Gets or sets the hardship multiplier 1 + η·K of the coupling model (1 when uncoupled).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double HardshipFactor
    {
        get => _world.HardshipFactor;
        set
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The hardship factor must be finite and ≥ 0.");
            }

            _world.HardshipFactor = value;
        }
    }

    /// <summary>Applies an external shock: L ← clamp(L − <paramref name="amount"/>, 0, 1), and every L_i under local scope.</summary>
    /// <param name="amount">The loss; negative values restore legitimacy. With 0 nothing changes.</param>
    public void ApplyLegitimacyShock(double amount) => _world.ApplyLegitimacyShock(amount);

    /// <summary>Plays one tick in place.</summary>
    /// <returns>The counts after the tick.</returns>
    public UnrestTick Step()
    {
        _world.Step(_rng);
        return Counts;
    }

    /// <summary>Returns an immutable snapshot of the current state.</summary>
    /// <returns>The snapshot.</returns>
    public UnrestState ToState() => new(_world.Clone());
}
