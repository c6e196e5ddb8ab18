using System.Collections.Immutable;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Runs the expected-utility model on one issue, round after round, until the stopping rule fires (§2.2–§2.6).</summary>
/// <remarks>
/// <para>Sources: Bueno de Mesquita (1985, 1994, 1997); Scholz, Calbert &amp; Smith (2011). The model does not
/// converge in general ("the results do not stabilise", Scholz et al.), hence the explicit stopping rules.</para>
/// <para>Pure and deterministic: the same inputs, options and random stream give bit-identical trajectories, whatever
/// the degree of parallelism. Thread-safe as long as each call has its own workspace and random stream.</para>
/// </remarks>
public static partial class ExpectedUtilitySimulation
{
    /// <summary>Runs the model and returns the whole trajectory.</summary>
    /// <param name="positions">x_i(0) on the scale; finite.</param>
    /// <param name="capabilities">c_i. Range: (0, ∞).</param>
    /// <param name="saliences">s_i. Range: [0, 1].</param>
    /// <param name="options">The options.</param>
    /// <param name="random">The run's random stream; needed only under <see cref="ConflictResolution.Stochastic"/>.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of threads one round may use.</param>
    /// <param name="workspace">A workspace for the same actor count to reuse, or <see langword="null"/> to create one.</param>
    /// <param name="cancellation">Cancels the run between rounds.</param>
    /// <returns>The trajectory from round 0 to the stopping round.</returns>
    /// <exception cref="ArgumentException">The inputs are empty, of different lengths, out of range, or every weight c·s is 0.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null, or <paramref name="random"/> is null under stochastic conflict resolution.</exception>
    /// <exception cref="Domain.ModelOptionException">An option is out of range.</exception>
    public static ExpectedUtilityTrajectory Run(
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> capabilities,
        ReadOnlySpan<double> saliences,
        ExpectedUtilityOptions options,
        IRandomSource? random = null,
        int maxDegreeOfParallelism = 1,
        ExpectedUtilityWorkspace? workspace = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = positions.Length;
        var w = Check(positions, capabilities, saliences);
        if (options.ConflictResolution == ConflictResolution.Stochastic)
        {
            ArgumentNullException.ThrowIfNull(random);
        }

        if (workspace is not null && workspace.ActorCount != n)
        {
            throw new ArgumentException($"The workspace is for {workspace.ActorCount} actors, not {n}.", nameof(workspace));
        }

        var ws = workspace ?? new ExpectedUtilityWorkspace(n);
        var x0 = positions.ToArray();
        var s = saliences.ToArray();
        var initialRange = Spread(x0);
        var recorder = new TrajectoryRecorder(n, options);
        var median = ws.Median(x0, w, initialRange > 0 ? initialRange : 1, options.MedianRule);
        recorder.Add(x0, null, median, ExpectedUtilityWorkspace.Mean(x0, w), initialRange);
        if (n < 2 || initialRange == 0)
        {
            return recorder.Finish(StopReason.NoDynamics);
        }

        var x = (double[])x0.Clone();
        var next = new double[n];
        for (var t = 1; t <= options.Rounds; t++)
        {
            cancellation.ThrowIfCancellationRequested();
            var range = options.RangeMode == RangeMode.FixedInitial ? initialRange : Spread(x);
            if (range == 0)
            {
                // [Statecraft] under a recomputed range, a round that starts with everyone at one position is not played.
                return recorder.Finish(StopReason.NoDynamics);
            }

            ws.PlayRound(x, x0, s, w, range, median, options, random, next, maxDegreeOfParallelism);
            recorder.AddMoves(t, x, ws);
            median = ws.Median(next, w, range, options.MedianRule);
            recorder.Add(next, ws.RiskExponents, median, ExpectedUtilityWorkspace.Mean(next, w), range);
            (x, next) = (next, x);
            if (recorder.ShouldStop(out var reason))
            {
                return recorder.Finish(reason);
            }
        }

        return recorder.Finish(StopReason.RoundLimit);
    }

    private static double[] Check(ReadOnlySpan<double> x, ReadOnlySpan<double> c, ReadOnlySpan<double> s)
    {
        var w = new double[x.Length];
        CheckInto(x, c, s, w);
        return w;
    }

    /// <summary>Checks the inputs and writes the weights w = c·s to <paramref name="w"/>.</summary>
    private static void CheckInto(ReadOnlySpan<double> x, ReadOnlySpan<double> c, ReadOnlySpan<double> s, Span<double> w)
    {
        if (x.IsEmpty)
        {
            throw new ArgumentException("At least one actor is needed.", nameof(x));
        }

        if (c.Length != x.Length || s.Length != x.Length)
        {
            throw new ArgumentException($"Positions ({x.Length}), capabilities ({c.Length}) and saliences ({s.Length}) differ in length.", nameof(c));
        }

        double total = 0;
        for (var k = 0; k < x.Length; k++)
        {
            if (!double.IsFinite(x[k]))
            {
                throw new ArgumentException($"Position {k} is {x[k]}; positions must be finite.", nameof(x));
            }

            if (!(double.IsFinite(c[k]) && c[k] > 0))
            {
                throw new ArgumentException($"Capability {k} is {c[k]}; capabilities must be finite and > 0.", nameof(c));
            }

            if (!(s[k] >= 0 && s[k] <= 1))
            {
                throw new ArgumentException($"Salience {k} is {s[k]}; saliences must lie in [0, 1].", nameof(s));
            }

            w[k] = c[k] * s[k];
            total += w[k];
        }

        if (!(total > 0))
        {
            throw new ArgumentException("Every weight c·s is 0: the median and mean are undefined (docs/reference/expected-utility.md §2.6).", nameof(s));
        }
    }

    internal static double Spread(ReadOnlySpan<double> x)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in x)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return max - min;
    }

    /// <summary>Collects the trajectory and applies the stopping rules.</summary>
    private sealed class TrajectoryRecorder(int n, ExpectedUtilityOptions options)
    {
        private readonly List<ImmutableArray<double>> _positions = [];
        private readonly List<ImmutableArray<double>> _exponents = [];
        private readonly List<double> _medians = [];
        private readonly List<double> _means = [];
        private readonly List<double> _ranges = [];
        private readonly ImmutableArray<ExpectedUtilityMove>.Builder _moves = ImmutableArray.CreateBuilder<ExpectedUtilityMove>();
        private int _plateau;
        private int _cyclePeriod;
        private int _cycleRound;

        public void Add(double[] x, ReadOnlySpan<double> r, double median, double mean, double range)
        {
            _positions.Add([.. x]);
            _exponents.Add(r.IsEmpty ? [.. Enumerable.Repeat(1.0, n)] : [.. r]);
            _medians.Add(median);
            _means.Add(mean);
            _ranges.Add(range);
        }

        public void AddMoves(int round, double[] x, ExpectedUtilityWorkspace ws)
        {
            for (var i = 0; i < n; i++)
            {
                var kind = ws.Moves[i];
                if (kind == OfferKind.None)
                {
                    continue;
                }

                var j = ws.Partners[i];
                var rb = options.Perspective == Perspective.Sender ? ws.RiskExponents[j] : ws.RiskExponents[i];
                _moves.Add(new ExpectedUtilityMove(
                    round, i, kind, j, x[i], ws.Targets[i], ws.MoveOwnUtility[i], ws.MovePartnerUtility[i],
                    ws.RiskExponents[i], rb, ws.ProbabilityPass2(i, j), ws.Held[i]));
            }
        }

        public bool ShouldStop(out StopReason reason)
        {
            var t = _medians.Count - 1;
            var range = _ranges[t];
            var step = Math.Abs(_medians[t] - _medians[t - 1]);
            _plateau = NextPlateau(_plateau, step, range, options);
            if (_cyclePeriod == 0)
            {
                var tolerance = options.CycleTolerance * range;
                var x = _positions[t].AsSpan();
                for (var p = 1; p <= Math.Min(options.CycleMaxPeriod, t); p++)
                {
                    if (Repeats(x, _positions[t - p].AsSpan(), tolerance))
                    {
                        _cyclePeriod = p;
                        _cycleRound = t;
                        break;
                    }
                }
            }

            reason = Decide(options, _plateau, step, range, _cyclePeriod);
            return reason != StopReason.RoundLimit;
        }

        public ExpectedUtilityTrajectory Finish(StopReason reason)
        {
            var t = _medians.Count - 1;
            var k = options.PlateauRounds;
            var last = _medians.Skip(Math.Max(0, t - k + 1)).ToArray();
            var cycle = _cyclePeriod > 0 ? _medians.Skip(_cycleRound - _cyclePeriod + 1).Take(_cyclePeriod).ToArray() : [];
            var diagnostics = new StabilityDiagnostics(
                reason,
                t,
                _cyclePeriod > 0,
                _cyclePeriod,
                _cycleRound,
                cycle.Length > 0 ? cycle.Min() : double.NaN,
                cycle.Length > 0 ? cycle.Max() : double.NaN,
                cycle.Length > 0 ? cycle.Average() : double.NaN,
                _plateau,
                last.Max() - last.Min());
            return new ExpectedUtilityTrajectory([.. _positions], [.. _exponents], [.. _medians], [.. _means], [.. _ranges], _moves.ToImmutable(), diagnostics);
        }
    }
}
