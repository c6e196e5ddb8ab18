using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>Runs the Spatial Model of Politics on an array problem, from the input state to the stopping rule.</summary>
/// <remarks>
/// <para>§3 (after KAPSARC's KTAB SMP, B. P. Wise et al., 2015–2019). Each turn: risk attitudes from a
/// probabilistic Condorcet election over the positions (§3.8); every actor's best challenge, weighing third parties
/// (§3.9–3.10); one bargain per challenge (§3.11); every actor's queue of bargains resolved by an election (§3.12); the
/// simultaneous move and the ideal update (§3.13). Stops after turn t when t ≥ max-turns, or when t ≥ min-turns and
/// Δ(t−1, t)/(Δ(0, 1) + floor) &lt; ratio (§3.14).</para>
/// <para>Pure: the same problem, options and seed give bit-identical results whatever the degree of parallelism.
/// Stateless and thread-safe.</para>
/// </remarks>
public static class SmpSimulation
{
    /// <summary>KTAB's default random seed, 0xD67CC16FE69C185C (§3.16).</summary>
    public const ulong KtabDefaultSeed = 0xD67CC16FE69C185CUL;

    /// <summary>Runs the model.</summary>
    /// <param name="problem">The input.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="seed">The root seed of the stochastic transitions' streams (ignored by deterministic runs).</param>
    /// <param name="maxDegreeOfParallelism">The largest number of threads. Range: ≥ 1.</param>
    /// <param name="progress">Receives the share of the turn limit done after each turn (a run that converges earlier ends
    /// below 1), or <see langword="null"/>.</param>
    /// <param name="cancellation">Cancels the run between turns.</param>
    /// <returns>The whole trajectory.</returns>
    /// <exception cref="Domain.ModelOptionException">An option is not allowed.</exception>
    /// <exception cref="SmpSanityCheckException">KTAB-compatible mode meets a state where KTAB aborts (§3.17 Q3–Q5).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static SmpResult Run(SmpProblem problem, SmpOptions options, ulong seed, int maxDegreeOfParallelism = 1, IProgress<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        options.Validate();
        var engine = new SmpEngine(problem, options, seed, maxDegreeOfParallelism);
        var states = ImmutableArray.CreateBuilder<SmpState>();
        var moves = new List<SmpMove>();
        engine.Prepare(0);
        states.Add(engine.Describe(0));
        var first = 0.0;
        var reason = SmpStopReason.MaxTurns;
        for (var t = 1; t <= options.MaxTurns; t++)
        {
            cancellation.ThrowIfCancellationRequested();
            var moved = engine.Step(t, moves);
            if (t == 1)
            {
                first = moved;
            }

            engine.Prepare(t);
            states.Add(engine.Describe(t));
            progress?.Report(t / (double)options.MaxTurns);
            if (t >= options.MinTurns && moved / (first + options.StopFloor) < options.StopRatio)
            {
                reason = SmpStopReason.Converged;
                break;
            }
        }

        var warnings = engine.NonConvergedElections > 0
            ? ImmutableArray.Create(string.Create(CultureInfo.InvariantCulture, $"{engine.NonConvergedElections} Markov election(s) stopped at the cap of {options.PceMaxIterations} iterations before converging (docs/reference/spatial.md §3.17 Q9)."))
            : [];
        return new SmpResult(problem.ActorCount, problem.DimensionCount, states.ToImmutable(), [.. moves], reason)
        {
            Seed = seed,
            Warnings = warnings,
        };
    }
}
