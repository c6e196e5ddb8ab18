using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.ExpectedUtility;

/// <content>The value-only run (the final median without the trajectory) and the stopping rules both runs share.</content>
public static partial class ExpectedUtilitySimulation
{
    /// <summary>Plays the same rounds as <see cref="Run"/> but keeps only what the stopping rule needs, and returns the final median.</summary>
    /// <param name="positions">x_i(0); finite.</param>
    /// <param name="capabilities">c_i. Range: (0, ∞).</param>
    /// <param name="saliences">s_i. Range: [0, 1].</param>
    /// <param name="options">The options, already validated.</param>
    /// <param name="random">The run's random stream; needed only under <see cref="ConflictResolution.Stochastic"/>.</param>
    /// <param name="buffers">Reusable buffers for this actor count.</param>
    /// <returns>The median at the stopping round, bit-identical to <see cref="ExpectedUtilityTrajectory.FinalMedian"/> of <see cref="Run"/>.</returns>
    /// <exception cref="ArgumentException">The inputs are empty, of different lengths, out of range, or every weight c·s is 0.</exception>
    /// <remarks>
    /// Memory: the buffers only; the position history for cycle detection is a ring of
    /// <see cref="ExpectedUtilityOptions.CycleMaxPeriod"/> + 1 rounds, kept only under <see cref="StoppingRule.CycleDetection"/>
    /// (the full run also looks for cycles under the other rules, but only to report them).
    /// </remarks>
    internal static double FinalMedian(
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> capabilities,
        ReadOnlySpan<double> saliences,
        ExpectedUtilityOptions options,
        IRandomSource? random,
        OutcomeBuffers buffers)
    {
        var n = positions.Length;
        var ws = buffers.Workspace;
        var w = buffers.Weights.AsSpan(0, n);
        CheckInto(positions, capabilities, saliences, w);
        var initialRange = Spread(positions);
        var median = ws.Median(positions, w, initialRange > 0 ? initialRange : 1, options.MedianRule);
        if (n < 2 || initialRange == 0)
        {
            return median;
        }

        var period = options.CycleMaxPeriod + 1;
        var history = options.Stop == StoppingRule.CycleDetection ? buffers.History(period) : [];
        if (!history.IsEmpty)
        {
            positions.CopyTo(history[..n]);
        }

        var x = buffers.Current.AsSpan(0, n);
        var next = buffers.Next.AsSpan(0, n);
        positions.CopyTo(x);
        var plateau = 0;
        var cycle = 0;
        for (var t = 1; t <= options.Rounds; t++)
        {
            var range = options.RangeMode == RangeMode.FixedInitial ? initialRange : Spread(x);
            if (range == 0)
            {
                return median;
            }

            ws.PlayRound(x, positions, saliences, w, range, median, options, random, next);
            var previous = median;
            median = ws.Median(next, w, range, options.MedianRule);
            var step = Math.Abs(median - previous);
            plateau = NextPlateau(plateau, step, range, options);
            if (!history.IsEmpty && cycle == 0)
            {
                next.CopyTo(history.Slice((t % period) * n, n));
                var tolerance = options.CycleTolerance * range;
                for (var p = 1; p <= Math.Min(options.CycleMaxPeriod, t); p++)
                {
                    if (Repeats(next, history.Slice(((t - p) % period) * n, n), tolerance))
                    {
                        cycle = p;
                        break;
                    }
                }
            }

            if (Decide(options, plateau, step, range, cycle) != StopReason.RoundLimit)
            {
                return median;
            }

            var swap = x;
            x = next;
            next = swap;
        }

        return median;
    }

    /// <summary>The plateau counter after a round: one more when the median moved by at most ε·R, else 0.</summary>
    private static int NextPlateau(int plateau, double step, double range, ExpectedUtilityOptions options) =>
        step <= options.PlateauEpsilon * range ? plateau + 1 : 0;

    /// <summary>Whether two position vectors agree within <paramref name="tolerance"/> everywhere.</summary>
    private static bool Repeats(ReadOnlySpan<double> x, ReadOnlySpan<double> earlier, double tolerance)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (!(Math.Abs(x[i] - earlier[i]) <= tolerance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The stopping rule's verdict after a round (§2.5); <see cref="StopReason.RoundLimit"/> means play on.</summary>
    private static StopReason Decide(ExpectedUtilityOptions options, int plateau, double step, double range, int cyclePeriod) => options.Stop switch
    {
        StoppingRule.Plateau when plateau >= options.PlateauRounds => StopReason.Plateau,
        StoppingRule.DiscountRule when step < (1 - options.DiscountBeta) * range => StopReason.DiscountRule,
        StoppingRule.CycleDetection when cyclePeriod > 0 => StopReason.Cycle,
        _ => StopReason.RoundLimit,
    };

    /// <summary>The buffers of <see cref="FinalMedian"/> for one actor count: a workspace, weights, two position vectors and the cycle history.</summary>
    /// <param name="actorCount">n. Range: ≥ 1.</param>
    internal sealed class OutcomeBuffers(int actorCount)
    {
        private double[] _history = [];

        public ExpectedUtilityWorkspace Workspace { get; } = new(actorCount);

        public double[] Weights { get; } = new double[actorCount];

        public double[] Current { get; } = new double[actorCount];

        public double[] Next { get; } = new double[actorCount];

        /// <summary>Returns the history ring for <paramref name="rounds"/> rounds, grown on first use.</summary>
        public Span<double> History(int rounds)
        {
            var length = rounds * actorCount;
            if (_history.Length < length)
            {
                _history = new double[length];
            }

            return _history.AsSpan(0, length);
        }
    }
}
