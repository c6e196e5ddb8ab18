using System.Buffers;
using System.Collections.Immutable;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Exchange;

/// <summary>Runs the rounds of the equal-gain exchange model on flat arrays (§4.3–§4.8, §4.11).</summary>
/// <remarks>
/// Source: Stokman &amp; van Oosten (1994); the rules follow the decide reference implementation (Draaijer,
/// <c>foarsitter/decide-exchange-model</c>, commit <c>51dee66</c>) as specified in docs/reference/exchange.md. One instance per run: it
/// is a workspace whose candidate table, heap, index lists and per-issue arrays are allocated once and reused by every
/// round (<see cref="Begin"/>), so that a round allocates only its results. The large buffers come from
/// <see cref="ArrayPool{T}.Shared"/> and go back on <see cref="Dispose"/>, so that repeated runs (REX repetitions, Monte
/// Carlo) reuse them too; no result depends on a buffer's earlier contents. Mutable and not thread-safe.
/// </remarks>
internal sealed partial class ExchangeRoundSolver : IDisposable
{
    private const double MinGain = 1e-10;
    private const double MinMove = 1e-10;

    /// <summary>The tolerance τ of outcome comparisons per actor: τ = 1e-12·(n + 16) on the 0–100 scale (§4.6).</summary>
    /// <remarks>
    /// An outcome is a sum of at most n weighted positions in [0, 100] divided by the total weight. Computed in doubles,
    /// or estimated from the round's compromise plus substituted terms, it is within (n + 8)·100·2⁻⁵³ ≈ 1.1e-14·(n + 8)
    /// of its exact rational value, so two ways of computing one outcome differ by at most twice that. τ is at least 45
    /// times larger: a difference within τ is rounding noise, not a real distance. That decides the knife edge of the
    /// cap, where an outcome that an earlier capped exchange put exactly on the demander's position comes back as
    /// position ± 1e-14 (in exact arithmetic it is on it, so the cap does not bind); and it bounds the cheap estimates
    /// of <see cref="CapSurelyIdle"/>.
    /// </remarks>
    private const double OutcomeTolerancePerActor = 1e-12;

    private readonly int _n;
    private readonly int _d;
    private readonly double[] _s;
    private readonly double[] _w;
    private readonly double[] _totalWeight;
    private readonly double[] _inverseTotalWeight;
    private readonly double[] _compromise;
    private readonly int[][] _present;
    private readonly double[][] _presentWeight;
    private readonly double[][] _presentPosition;
    private readonly double[][] _prefix;
    private readonly int[] _presentIndex;
    private readonly double[] _scratch;
    private readonly double _outcomeTolerance;
    private readonly ExchangeOptions _options;
    private readonly IRandomSource? _random;
    private readonly int[] _realisedSign;
    private readonly double[] _voting;
    private readonly double[] _externalities;
    private readonly bool[] _left;
    private readonly int[][] _groups;
    private readonly int[] _groupCounts;
    private readonly double[] _relativeSalience;
    private readonly GainHistory _history = new();
    private readonly CandidateHeap _queue;
    private readonly CandidateIndex _bySupply;
    private readonly CandidateIndex _byDemand;
    private ExchangeCandidate[] _candidates = [];
    private int _candidateCount;
    private double[] _x = [];
    private int _stamp;
    private int _pick;

    /// <summary>Prepares the workspace of a run: weights and the actors present on each issue, which stay fixed from round to round.</summary>
    /// <param name="n">N.</param>
    /// <param name="d">D.</param>
    /// <param name="s">The saliences.</param>
    /// <param name="c">The capabilities.</param>
    /// <param name="options">The options.</param>
    /// <param name="random">The run's random stream; required when <see cref="ExchangeOptions.IsRandom"/>.</param>
    public ExchangeRoundSolver(int n, int d, double[] s, double[] c, ExchangeOptions options, IRandomSource? random)
    {
        _n = n;
        _d = d;
        _s = s;
        _options = options;
        _random = random;
        _w = new double[n * d];
        _totalWeight = new double[d];
        _inverseTotalWeight = new double[d];
        _compromise = new double[d];
        _present = new int[d][];
        _presentWeight = new double[d][];
        _presentPosition = new double[d][];
        _prefix = new double[d][];
        _presentIndex = new int[n * d];
        Array.Fill(_presentIndex, -1);
        _queue = new CandidateHeap(_history);
        _bySupply = new CandidateIndex(n * d);
        _byDemand = new CandidateIndex(n * d);
        _realisedSign = new int[n * d];
        _voting = new double[n * d];
        _externalities = new double[n * d];
        _left = new bool[n * d];
        _scratch = new double[n];

        _outcomeTolerance = OutcomeTolerancePerActor * (n + 16);
        _groups = [new int[n], new int[n], new int[n], new int[n]];
        _groupCounts = new int[4];
        _relativeSalience = new double[n];
        var members = new List<int>(n);
        for (var issue = 0; issue < d; issue++)
        {
            members.Clear();
            double total = 0;
            for (var i = 0; i < n; i++)
            {
                var k = (i * d) + issue;
                if (s[k] > 0)
                {
                    _w[k] = c[k] * s[k];
                    total += _w[k];
                    members.Add(i);
                }
            }

            _present[issue] = [.. members];
            _presentWeight[issue] = new double[members.Count];
            _presentPosition[issue] = new double[members.Count];
            _prefix[issue] = new double[members.Count + 1];
            for (var j = 0; j < members.Count; j++)
            {
                _presentWeight[issue][j] = _w[(members[j] * d) + issue];
                _presentIndex[(members[j] * d) + issue] = j;
            }

            _totalWeight[issue] = total;
            _inverseTotalWeight[issue] = 1 / total;
        }
    }

    /// <summary>Gets O_d per issue at the start of the round.</summary>
    public double[] Compromise => _compromise;

    /// <summary>Gets the voting positions after <see cref="Run"/>.</summary>
    public double[] Voting => _voting;

    /// <summary>Gets the externalities per actor-issue after <see cref="Run"/>.</summary>
    public double[] Externalities => _externalities;

    /// <summary>Starts a round from the given positions: outcomes, and a cleared workspace.</summary>
    /// <param name="x">The start-of-round positions (kept, not modified, until the next call).</param>
    public void Begin(double[] x)
    {
        _x = x;
        for (var issue = 0; issue < _d; issue++)
        {
            var actors = _present[issue];
            var positions = _presentPosition[issue];
            var prefix = _prefix[issue];
            double sum = 0;
            for (var j = 0; j < actors.Length; j++)
            {
                var k = (actors[j] * _d) + issue;
                positions[j] = x[k];
                sum += _w[k] * x[k];
                prefix[j + 1] = sum;
            }

            _compromise[issue] = _totalWeight[issue] > 0 ? sum / _totalWeight[issue] : double.NaN;
        }

        x.CopyTo(_voting, 0);
        Array.Clear(_realisedSign);
        Array.Clear(_externalities);
        _queue.Clear();
        _history.Clear();
        _candidateCount = 0;
        _pick = 0;
    }

    /// <summary>Returns the pooled buffers; the instance must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_candidates.Length > 0)
        {
            ArrayPool<ExchangeCandidate>.Shared.Return(_candidates);
            _candidates = [];
        }

        _queue.Release();
        _history.Release();
        _bySupply.Release();
        _byDemand.Release();
    }

    /// <summary>Generates the candidates and realises them greedily, highest gain first (§4.8).</summary>
    /// <param name="round">The round number, for the records.</param>
    /// <param name="cancellation">Cancels the run.</param>
    /// <returns>The realised exchanges in order.</returns>
    public ImmutableArray<RealisedExchange> Run(int round, CancellationToken cancellation)
    {
        Generate();
        var realised = ImmutableArray.CreateBuilder<RealisedExchange>();
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var best = PickBest();
            if (best < 0)
            {
                break;
            }

            ref var e = ref _candidates[best];
            e.Alive = false;
            realised.Add(Realise(ref e, round, realised.Count + 1));
            _pick = realised.Count;
            Propagate(ref e);
        }

        return realised.ToImmutable();
    }

    private double Weight(int actor, int issue) => _w[(actor * _d) + issue];

    private double Salience(int actor, int issue) => _s[(actor * _d) + issue];

    /// <summary>
    /// Two outcomes of <paramref name="issue"/> from start-of-round positions with the side's update map, one with
    /// <paramref name="actor"/> at <paramref name="first"/> and one with it at <paramref name="second"/> (§4.6).
    /// </summary>
    /// <remarks>
    /// Each outcome is the sum over the actors present, in input order, divided by the total weight; the terms are
    /// added in exactly that order, so both results are bit-identical to a plain loop over all actors. The terms before
    /// the first substituted actor are the start-of-round ones, so that part is the round's prefix sum; the terms up to
    /// <paramref name="actor"/> are shared by both sums; only the rest runs as two accumulators.
    /// </remarks>
    private void Outcomes(int issue, ref readonly CandidateSide side, int actor, double first, double second, out double firstOutcome, out double secondOutcome)
    {
        var weights = _presentWeight[issue];
        ReadOnlySpan<double> values = _presentPosition[issue];
        var at = _presentIndex[(actor * _d) + issue];
        var from = at;
        if (side.UpdateCount > 0)
        {
            // The update map substitutes positions of other actors (the actor's own entry, if any, is overridden).
            var scratch = _scratch;
            for (var u = 0; u < side.UpdateCount; u++)
            {
                var j = _presentIndex[(side.UpdateActors![u] * _d) + issue];
                if (j >= 0 && j != at)
                {
                    from = Math.Min(from, j);
                }
            }

            values[from..].CopyTo(scratch.AsSpan(from));
            for (var u = side.UpdateCount - 1; u >= 0; u--)
            {
                // Backwards, so that the first entry of an actor wins, as in a forward lookup.
                var j = _presentIndex[(side.UpdateActors![u] * _d) + issue];
                if (j >= 0 && j != at)
                {
                    scratch[j] = side.UpdatePositions![u];
                }
            }

            values = scratch.AsSpan(0, values.Length);
        }

        var sum = _prefix[issue][from];
        for (var j = from; j < at; j++)
        {
            sum += weights[j] * values[j];
        }

        double sumFirst = sum + (weights[at] * first), sumSecond = sum + (weights[at] * second);
        for (var j = at + 1; j < values.Length; j++)
        {
            var term = weights[j] * values[j];
            sumFirst += term;
            sumSecond += term;
        }

        var total = _totalWeight[issue];
        firstOutcome = sumFirst / total;
        secondOutcome = sumSecond / total;
    }

    private bool MoveValid(ref readonly CandidateSide side)
    {
        var m = Math.Abs(side.Move);
        if (m > 100 || m <= MinMove || side.NewPos < 0 || side.NewPos > 100)
        {
            return false;
        }

        if (_options.Mode == ExchangeMode.DecideCurrent)
        {
            return side.LedgerValid();
        }

        var sign = _realisedSign[(side.Actor * _d) + side.Supply];
        return sign == 0 || sign == Math.Sign(side.Move);
    }
}
