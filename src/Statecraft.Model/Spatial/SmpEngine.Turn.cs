using Statecraft.Model.Randomness;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <content>One turn: targets, bargains, queues, the simultaneous move and the ideal update (§3.10–3.13).</content>
internal sealed partial class SmpEngine
{
    /// <summary>The smallest expected gain, on the doubled scale, worth a challenge (KTAB: 1e-5).</summary>
    private const double MinimumGain = 1e-5;

    /// <summary>Runs one turn and moves every actor to the bargain its queue chose.</summary>
    /// <param name="turn">The transition's index, 1 for the first.</param>
    /// <param name="moves">Receives the accepted bargains, by moving actor.</param>
    /// <returns>Δ(t−1, t) = Σ_i ‖θ_i(t−1) − θ_i(t)‖.</returns>
    /// <remarks>Call <see cref="Prepare"/> for the current state first.</remarks>
    public double Step(int turn, List<SmpMove> moves)
    {
        var n = _n;
        var target = new int[n];
        var estimate = new double[n];
        var receiverEstimate = new double[n];
        var twoViews = _o.BargnModel != SmpBargainModel.InitOnlyInterp;
        ForChunks(n, (from, to, c) =>
        {
            var scratch = _scratch[c];
            for (var i = from; i < to; i++)
            {
                ChooseTarget(i, scratch, out target[i], out estimate[i]);
                if (twoViews && target[i] >= 0)
                {
                    receiverEstimate[i] = ReceiverEstimate(i, target[i], scratch);
                }
            }
        });

        var bargains = FormBargains(target, estimate, receiverEstimate);
        var value = ValueBargains(bargains, out var statusQuo);
        var queues = new List<int>[n];
        for (var k = 0; k < n; k++)
        {
            queues[k] = [];
        }

        for (var b = 0; b < bargains.Count; b++)
        {
            queues[bargains[b].Initiator].Add(b);
            queues[bargains[b].Receiver].Add(b);
        }

        var choice = new int[n];
        var chosenProbability = new double[n];
        ForChunks(n, (from, to, c) =>
        {
            for (var k = from; k < to; k++)
            {
                choice[k] = Resolve(turn, k, queues[k], value, statusQuo, _scratch[c], out chosenProbability[k]);
            }
        });

        var next = (double[])_position.Clone();
        for (var k = 0; k < n; k++)
        {
            if (choice[k] < 0)
            {
                continue;
            }

            var b = bargains[choice[k]];
            var copy = k == b.Initiator ? b.InitiatorCopy : b.ReceiverCopy;
            copy.CopyTo(next, k * _d);
            moves.Add(new SmpMove(turn, k, b.Initiator, b.Receiver, [.. copy], chosenProbability[k]));
        }

        var moved = 0.0;
        for (var k = 0; k < n; k++)
        {
            double sum = 0;
            for (var d = 0; d < _d; d++)
            {
                var delta = next[(k * _d) + d] - _position[(k * _d) + d];
                sum += delta * delta;
            }

            moved += Math.Sqrt(sum);
        }

        _position = next;
        UpdateIdeals();
        return moved;
    }

    // §3.10: i's best target from its own perspective (h = k = i); the first j wins ties.
    private void ChooseTarget(int i, Scratch scratch, out int target, out double probability)
    {
        var n = _n;
        var view = scratch.Perspective;
        var r = _perceived.AsSpan(i * n, n);
        for (var x = 0; x < n; x++)
        {
            SmpMath.Utilities(_oneMinusT.AsSpan(x * n, n), _clampedT.AsSpan(x * n, n), r, view.AsSpan(x * n, n));
        }

        var masked = scratch.Weights;
        _challengeWeight.CopyTo(masked, 0);
        masked[i] = 0;

        for (var t = 0; t < n; t++)
        {
            scratch.Self[t] = view[(t * n) + t];
        }

        target = -1;
        probability = 0;
        var best = double.NegativeInfinity;
        var sincere = _o.Mode == SmpMode.Corrected;
        for (var j = 0; j < n; j++)
        {
            if (j == i)
            {
                continue;
            }

            masked[j] = 0;
            var (gain, p) = SmpChallenge.Evaluate(i, j, i, view.AsSpan(i * n, n), view.AsSpan(j * n, n), scratch.Self, _challengeWeight, masked, _totalSalience[j], _o.VotingRule, _o.ThirdPartyCommit, sincere);
            masked[j] = _challengeWeight[j];
            if (gain > best)
            {
                best = gain;
                target = j;
                probability = p;
            }
        }

        if (!(best > MinimumGain))
        {
            target = -1;
        }
    }

    // §3.11 InitRcvrInterp/PWCompInterp: j's view of i's challenge (h = j, k = i). KTAB passes the gain where the
    // probability is meant (Q6); the corrected mode passes the probability.
    private double ReceiverEstimate(int i, int j, Scratch scratch)
    {
        var n = _n;
        var r = _perceived.AsSpan(j * n, n);
        for (var t = 0; t < n; t++)
        {
            scratch.TowardsI[t] = SmpMath.Utility(_distanceT[(i * n) + t], r[t]);
            scratch.TowardsJ[t] = SmpMath.Utility(_distanceT[(j * n) + t], r[t]);
            scratch.Self[t] = SmpMath.Utility(_distance[(t * n) + t], r[t]);
        }

        var sincere = _o.Mode == SmpMode.Corrected;
        var masked = scratch.Weights;
        _challengeWeight.CopyTo(masked, 0);
        masked[i] = 0;
        masked[j] = 0;
        var (gain, p) = SmpChallenge.Evaluate(i, j, i, scratch.TowardsI, scratch.TowardsJ, scratch.Self, _challengeWeight, masked, _totalSalience[j], _o.VotingRule, _o.ThirdPartyCommit, sincere);
        return _o.Mode == SmpMode.KtabCompatible ? gain : p;
    }

    private List<Bargain> FormBargains(int[] target, double[] estimate, double[] receiverEstimate)
    {
        var bargains = new List<Bargain>();
        for (var i = 0; i < _n; i++)
        {
            var j = target[i];
            if (j < 0)
            {
                continue;
            }

            var own = Interpolate(i, j, estimate[i]);
            switch (_o.BargnModel)
            {
                case SmpBargainModel.InitRcvrInterp:
                    bargains.Add(own);
                    bargains.Add(Interpolate(i, j, receiverEstimate[i]));
                    break;
                case SmpBargainModel.PWCompInterp:
                    var other = Interpolate(i, j, receiverEstimate[i]);
                    var wi = _challengeWeight[i];
                    var wj = _o.Mode == SmpMode.KtabCompatible ? _capability[i] * _totalSalience[j] : _challengeWeight[j];
                    for (var d = 0; d < _d; d++)
                    {
                        own.InitiatorCopy[d] = ((wi * own.InitiatorCopy[d]) + (wj * other.InitiatorCopy[d])) / (wi + wj);
                        own.ReceiverCopy[d] = ((wi * own.ReceiverCopy[d]) + (wj * other.ReceiverCopy[d])) / (wi + wj);
                    }

                    bargains.Add(own);
                    break;
                default:
                    bargains.Add(own);
                    break;
            }
        }

        return bargains;
    }

    private Bargain Interpolate(int i, int j, double probabilityI)
    {
        var b = new Bargain(i, j, new double[_d], new double[_d]);
        SmpBargaining.Interpolate(
            _o.InterVecBrgn,
            _position.AsSpan(i * _d, _d),
            _position.AsSpan(j * _d, _d),
            _salience.AsSpan(i * _d, _d),
            _salience.AsSpan(j * _d, _d),
            probabilityI,
            b.InitiatorCopy,
            b.ReceiverCopy);
        return b;
    }

    // §3.12: U_a(m) = (1/N)·Σ_x u_a(position x after m), summed in index order; the status quo is the same for every queue.
    private double[] ValueBargains(List<Bargain> bargains, out double[] statusQuo)
    {
        var n = _n;
        var value = new double[bargains.Count * n];
        var sq = new double[n];
        for (var a = 0; a < n; a++)
        {
            double sum = 0;
            for (var x = 0; x < n; x++)
            {
                sum += _own[(a * n) + x];
            }

            sq[a] = sum / n;
        }

        statusQuo = sq;
        ForChunks(n, (from, to, _) =>
        {
            for (var a = from; a < to; a++)
            {
                var ideal = _ideal.AsSpan(a * _d, _d);
                var s2 = _salienceSquared.AsSpan(a * _d, _d);
                for (var m = 0; m < bargains.Count; m++)
                {
                    var b = bargains[m];
                    var atI = SmpMath.Utility(SmpMath.Distance(ideal, b.InitiatorCopy, s2, _salienceSquaredSum[a]), _risk[a]);
                    var atR = SmpMath.Utility(SmpMath.Distance(ideal, b.ReceiverCopy, s2, _salienceSquaredSum[a]), _risk[a]);
                    double sum = 0;
                    for (var x = 0; x < n; x++)
                    {
                        sum += x == b.Initiator ? atI : x == b.Receiver ? atR : _own[(a * n) + x];
                    }

                    value[(m * n) + a] = sum / n;
                }
            }
        });
        return value;
    }

    // §3.12: an election among k's status quo and the bargains that involve k, all N actors voting.
    private int Resolve(int turn, int k, List<int> queue, double[] value, double[] statusQuo, Scratch scratch, out double probability)
    {
        probability = 1;
        if (queue.Count == 0)
        {
            return -1;
        }

        var n = _n;
        var count = queue.Count + 1;
        var u = scratch.QueueUtilities(count);
        statusQuo.CopyTo(u, 0);
        for (var o = 1; o < count; o++)
        {
            value.AsSpan(queue[o - 1] * n, n).CopyTo(u.AsSpan(o * n, n));
        }

        var p = scratch.QueueProbabilities(count);
        scratch.Election.Solve(_resolutionWeight, u, count, p);
        var chosen = 0;
        if (_o.StateTransitions == SmpStateTransitions.Stochastic)
        {
            // One stream per (turn, actor): draws do not depend on which thread resolves which queue.
            var rng = new Xoshiro256StarStar(SeedSequence.Derive(SeedSequence.Derive(_seed, (ulong)turn), (ulong)k));
            var draw = rng.NextDouble();
            var cumulative = 0.0;
            chosen = count - 1;
            for (var o = 0; o < count; o++)
            {
                cumulative += p[o];
                if (draw < cumulative)
                {
                    chosen = o;
                    break;
                }
            }
        }
        else
        {
            for (var o = 1; o < count; o++)
            {
                if (p[o] > p[chosen])
                {
                    chosen = o;
                }
            }
        }

        probability = p[chosen];
        return chosen == 0 ? -1 : queue[chosen - 1];
    }

    // §3.13: q_i(t+1) = Σ_j a_ij θ_j(t+1) + (1 − Σ_j a_ij)·q_i(t); the identity gives q = θ.
    private void UpdateIdeals()
    {
        if (_affinity is null)
        {
            _ideal = (double[])_position.Clone();
            return;
        }

        var n = _n;
        var next = new double[n * _d];
        for (var i = 0; i < n; i++)
        {
            double rowSum = 0;
            for (var j = 0; j < n; j++)
            {
                rowSum += _affinity[(i * n) + j];
            }

            for (var d = 0; d < _d; d++)
            {
                double sum = 0;
                for (var j = 0; j < n; j++)
                {
                    sum += _affinity[(i * n) + j] * _position[(j * _d) + d];
                }

                next[(i * _d) + d] = sum + ((1 - rowSum) * _ideal[(i * _d) + d]);
            }
        }

        _ideal = next;
    }

    private sealed record Bargain(int Initiator, int Receiver, double[] InitiatorCopy, double[] ReceiverCopy);

    private sealed class Scratch(int n, SmpOptions options)
    {
        private double[] _queueUtilities = new double[4 * n];
        private double[] _queueProbabilities = new double[4];

        public double[] Perspective { get; } = new double[n * n];

        public double[] Self { get; } = new double[n];

        public double[] TowardsI { get; } = new double[n];

        public double[] TowardsJ { get; } = new double[n];

        public double[] Weights { get; } = new double[n];

        public SmpElection Election { get; } = new(options);

        public double[] QueueUtilities(int options)
        {
            if (_queueUtilities.Length < options * n)
            {
                _queueUtilities = new double[options * n];
            }

            return _queueUtilities;
        }

        public double[] QueueProbabilities(int options)
        {
            if (_queueProbabilities.Length < options)
            {
                _queueProbabilities = new double[options];
            }

            return _queueProbabilities;
        }
    }
}
