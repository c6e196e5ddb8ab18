using System.Collections.Immutable;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>Epstein's civil-violence Model II: two ethnic groups, killing, cloning, death by age and even-handed cops.</summary>
/// <remarks>
/// <para>Epstein, J. M. (2002). Modeling civil violence: an agent-based computational approach. PNAS 99 (suppl. 3):
/// 7243–7250, doi:10.1073/pnas.092080199, Model II. It reuses Model I's rule A (<see cref="ActivationRule"/>) and
/// arrest probability (<see cref="ArrestProbability"/>); §5.13 and docs/models/unrest.md give every rule.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Options">The parameters and variant switches.</param>
public sealed record InterEthnicModel(InterEthnicOptions Options)
{
    /// <summary>Places the actors and draws the agents' attributes: tick 0, everyone quiet.</summary>
    /// <param name="rng">The run's random source.</param>
    /// <returns>The initial state.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public InterEthnicState CreateInitialState(IRandomSource rng) => new(new InterEthnicWorld(Options, rng));

    /// <summary>Plays one tick: a pure function of the state and the random source.</summary>
    /// <param name="state">The current state (from this model).</param>
    /// <param name="rng">The run's random source, advanced by the tick's draws.</param>
    /// <returns>The next state; <paramref name="state"/> is unchanged.</returns>
    /// <exception cref="ArgumentException">The state belongs to a model with other options.</exception>
    public InterEthnicState Next(InterEthnicState state, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rng);
        if (!ReferenceEquals(state.Options, Options) && state.Options != Options)
        {
            throw new ArgumentException("The state belongs to a model with other options.", nameof(state));
        }

        return state.Step(rng);
    }

    /// <summary>Runs up to <paramref name="ticks"/> ticks from a fresh initial state seeded with <paramref name="seed"/> and records every tick.</summary>
    /// <param name="ticks">The horizon in ticks. Range: ≥ 0.</param>
    /// <param name="seed">The root seed; the run uses the generator seeded with it.</param>
    /// <param name="stopAtGenocide">Whether to stop at the end of the first tick at which one group is extinct.</param>
    /// <returns>Ticks 0 … τ_end, τ_end = <paramref name="ticks"/> unless the run stopped earlier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ticks"/> is negative or an option is out of range.</exception>
    public InterEthnicRun Run(int ticks, ulong seed, bool stopAtGenocide = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        var simulation = InterEthnicSimulation.Create(Options, new Xoshiro256StarStar(seed));
        var builder = ImmutableArray.CreateBuilder<InterEthnicTick>(ticks + 1);
        var first = simulation.Counts;
        builder.Add(first);
        var bothPresent = first.Blue > 0 && first.Green > 0;
        for (var t = 0; t < ticks; t++)
        {
            var counts = simulation.Step();
            builder.Add(counts);
            if (stopAtGenocide && bothPresent && (counts.Blue == 0 || counts.Green == 0))
            {
                break;
            }
        }

        return new InterEthnicRun(Options, builder.ToImmutable()) { Seed = seed };
    }

    /// <summary>Runs one seeded run per seed, in parallel up to <paramref name="maxDegreeOfParallelism"/>, each seed giving the same run as <see cref="Run"/>.</summary>
    /// <param name="ticks">The horizon in ticks. Range: ≥ 0.</param>
    /// <param name="seeds">The seeds, one run each.</param>
    /// <param name="stopAtGenocide">Whether each run stops at genocide.</param>
    /// <param name="maxDegreeOfParallelism">The most runs at once. Range: ≥ 1.</param>
    /// <returns>The runs, in the order of <paramref name="seeds"/>, whatever the degree of parallelism.</returns>
    public ImmutableArray<InterEthnicRun> RunMany(int ticks, IReadOnlyList<ulong> seeds, bool stopAtGenocide = false, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        Options.Validate();
        var runs = new InterEthnicRun[seeds.Count];
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => runs[i] = Run(ticks, seeds[i], stopAtGenocide));
        return [.. runs];
    }
}
