using System.Collections.Immutable;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>Epstein's civil-violence Model I: a seeded, reproducible agent-based model of decentralised rebellion.</summary>
/// <remarks>
/// <para>Epstein, J. M. (2002). Modeling civil violence: an agent-based computational approach. PNAS 99 (suppl. 3):
/// 7243–7250, doi:10.1073/pnas.092080199. Citizens with hardship H and risk aversion R turn active when
/// G − R·P &gt; T, G = H·(1 − L), P = 1 − exp(−k·f(C/A)); cops arrest actives in view. §5 gives every
/// rule and variant; <see cref="UnrestOptions"/> selects them.</para>
/// <para>A step is a pure function of (state, random source): the same seed gives bit-identical runs on every
/// platform. Immutable and thread-safe (the random source passed in is not).</para>
/// </remarks>
/// <param name="Options">The parameters and variant switches.</param>
public sealed record UnrestModel(UnrestOptions Options)
{
    /// <summary>Places the actors and draws the agents' attributes: tick 0, everyone quiet.</summary>
    /// <param name="rng">The run's random source.</param>
    /// <returns>The initial state.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public UnrestState CreateInitialState(IRandomSource rng) => new(new UnrestWorld(Options, rng));

    /// <summary>Plays one tick.</summary>
    /// <param name="state">The current state (from this model).</param>
    /// <param name="rng">The run's random source, advanced by the tick's draws.</param>
    /// <returns>The next state; <paramref name="state"/> is unchanged.</returns>
    public UnrestState Next(UnrestState state, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rng);
        if (!ReferenceEquals(state.Options, Options) && state.Options != Options)
        {
            throw new ArgumentException("The state belongs to a model with other options.", nameof(state));
        }

        return state.Step(rng);
    }

    /// <summary>Runs <paramref name="ticks"/> ticks from a fresh initial state and records the counts of every tick.</summary>
    /// <param name="ticks">The number of ticks. Range: ≥ 0.</param>
    /// <param name="seed">The root seed; the run uses the generator seeded with it.</param>
    /// <returns>Ticks 0 … <paramref name="ticks"/>.</returns>
    public UnrestRun Run(int ticks, ulong seed) => Run(ticks, seed, null, CancellationToken.None);

    /// <summary>Runs <paramref name="ticks"/> ticks from a fresh initial state, reporting progress and checking for cancellation after each tick.</summary>
    /// <param name="ticks">The number of ticks. Range: ≥ 0.</param>
    /// <param name="seed">The root seed; the run uses the generator seeded with it.</param>
    /// <param name="progress">Receives the share of ticks done, in [0, 1], at most once per percent; may be null.</param>
    /// <param name="cancellation">Stops the run between ticks.</param>
    /// <returns>Ticks 0 … <paramref name="ticks"/>, the same as <see cref="Run(int, ulong)"/>.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public UnrestRun Run(int ticks, ulong seed, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        var simulation = UnrestSimulation.Create(Options, new Xoshiro256StarStar(seed));
        var builder = ImmutableArray.CreateBuilder<UnrestTick>(ticks + 1);
        builder.Add(simulation.Counts);
        var reported = 0L;
        for (var t = 0; t < ticks; t++)
        {
            cancellation.ThrowIfCancellationRequested();
            simulation.Step();
            builder.Add(simulation.Counts);
            var percent = (t + 1L) * 100 / ticks;
            if (progress is not null && percent > reported)
            {
                reported = percent;
                progress.Report((t + 1.0) / ticks);
            }
        }

        return new UnrestRun(Options, builder.MoveToImmutable()) { Seed = seed };
    }
}
