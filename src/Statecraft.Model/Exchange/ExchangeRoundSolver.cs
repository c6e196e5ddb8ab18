using System.Collections.Immutable;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Exchange;

/// <summary>Runs one round of the equal-gain exchange model on flat arrays (MODELS.md §4.3–§4.8, §4.11).</summary>
/// <remarks>
/// Source: Stokman &amp; van Oosten (1994); the rules follow the decide reference implementation (Draaijer,
/// <c>foarsitter/decide-exchange-model</c>, commit <c>51dee66</c>) as specified in MODELS.md. Mutable; one instance per round.
/// </remarks>
internal sealed partial class ExchangeRoundSolver
{
    private const double MinGain = 1e-10;
    private const double MinMove = 1e-10;

    private readonly int _n;
    private readonly int _d;
    private readonly double[] _x;
    private readonly double[] _s;
    private readonly double[] _w;
    private readonly double[] _totalWeight;
    private readonly double[] _compromise;
    private readonly int[][] _present;
    private readonly double[][] _presentWeight;
    private readonly double[][] _presentPosition;
    private readonly ExchangeOptions _options;
    private readonly IRandomSource? _random;
    private readonly int[] _realisedSign;
    private readonly double[] _voting;
    private readonly double[] _externalities;
    private readonly CandidateHeap _queue = new();
    private readonly List<ExchangeCandidate>?[] _bySupply;
    private readonly List<ExchangeCandidate>?[] _byDemand;
    private int _stamp;

    /// <summary>Prepares a round: outcomes, weights and the actors present on each issue.</summary>
    /// <param name="n">N.</param>
    /// <param name="d">D.</param>
    /// <param name="x">The start-of-round positions (not modified).</param>
    /// <param name="s">The saliences.</param>
    /// <param name="c">The capabilities.</param>
    /// <param name="options">The options.</param>
    /// <param name="random">The run's random stream; required when <see cref="ExchangeOptions.IsRandom"/>.</param>
    public ExchangeRoundSolver(int n, int d, double[] x, double[] s, double[] c, ExchangeOptions options, IRandomSource? random)
    {
        _n = n;
        _d = d;
        _x = x;
        _s = s;
        _options = options;
        _random = random;
        _w = new double[n * d];
        _totalWeight = new double[d];
        _compromise = new double[d];
        _present = new int[d][];
        _presentWeight = new double[d][];
        _presentPosition = new double[d][];
        _bySupply = new List<ExchangeCandidate>?[n * d];
        _byDemand = new List<ExchangeCandidate>?[n * d];

        _realisedSign = new int[n * d];
        _voting = (double[])x.Clone();
        _externalities = new double[n * d];
        var members = new List<int>(n);
        for (var issue = 0; issue < d; issue++)
        {
            members.Clear();
            double total = 0, sum = 0;
            for (var i = 0; i < n; i++)
            {
                var k = (i * d) + issue;
                if (s[k] > 0)
                {
                    _w[k] = c[k] * s[k];
                    total += _w[k];
                    sum += _w[k] * x[k];
                    members.Add(i);
                }
            }

            _present[issue] = [.. members];
            _presentWeight[issue] = [.. members.Select(i => _w[(i * d) + issue])];
            _presentPosition[issue] = [.. members.Select(i => x[(i * d) + issue])];
            _totalWeight[issue] = total;
            _compromise[issue] = total > 0 ? sum / total : double.NaN;
        }
    }

    /// <summary>Gets O_d per issue at the start of the round.</summary>
    public double[] Compromise => _compromise;

    /// <summary>Gets the voting positions after <see cref="Run"/>.</summary>
    public double[] Voting => _voting;

    /// <summary>Gets the externalities per actor-issue after <see cref="Run"/>.</summary>
    public double[] Externalities => _externalities;

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
            if (best is null)
            {
                break;
            }

            best.Alive = false;
            realised.Add(Realise(best, round, realised.Count + 1));
            Propagate(best);
        }

        return realised.ToImmutable();
    }

    private void Generate()
    {
        var left = new bool[_n * _d];
        for (var i = 0; i < _n; i++)
        {
            for (var issue = 0; issue < _d; issue++)
            {
                var k = (i * _d) + issue;
                left[k] = _options.SideRule == ExchangeSideRule.AtOrBelow ? _x[k] <= _compromise[issue] : _x[k] < _compromise[issue];
            }
        }

        var rr = new List<int>(_n);
        var ll = new List<int>(_n);
        var lr = new List<int>(_n);
        var rl = new List<int>(_n);
        var generation = 0;
        for (var p = 0; p < _d; p++)
        {
            for (var q = p + 1; q < _d; q++)
            {
                rr.Clear();
                ll.Clear();
                lr.Clear();
                rl.Clear();
                for (var i = 0; i < _n; i++)
                {
                    if (_s[(i * _d) + p] > 0 && _s[(i * _d) + q] > 0)
                    {
                        var lp = left[(i * _d) + p];
                        var lq = left[(i * _d) + q];
                        (lp ? (lq ? ll : lr) : (lq ? rl : rr)).Add(i);
                    }
                }

                AddPairs(rr, ll, p, q, ref generation);
                AddPairs(lr, rl, p, q, ref generation);
            }
        }
    }

    private void AddPairs(List<int> first, List<int> second, int p, int q, ref int generation)
    {
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                // §4.4: the actor with the larger relative salience on p demands p and supplies q (side A).
                var bDemandsP = _s[(a * _d) + p] / _s[(a * _d) + q] < _s[(b * _d) + p] / _s[(b * _d) + q];
                var supplierOfQ = bDemandsP ? b : a;
                var supplierOfP = bDemandsP ? a : b;
                var candidate = new ExchangeCandidate(generation++);
                candidate.A = NewSide(supplierOfQ, q, supplierOfP);
                candidate.B = NewSide(supplierOfP, p, supplierOfQ);
                if (Compute(candidate, false, false))
                {
                    candidate.Alive = true;
                    Push(candidate);
                    Index(_bySupply, (supplierOfQ * _d) + q, candidate);
                    Index(_byDemand, (supplierOfQ * _d) + p, candidate);
                    Index(_bySupply, (supplierOfP * _d) + p, candidate);
                    Index(_byDemand, (supplierOfP * _d) + q, candidate);
                }
            }
        }
    }

    private static void Index(List<ExchangeCandidate>?[] index, int key, ExchangeCandidate candidate) =>
        (index[key] ??= []).Add(candidate);

    private CandidateSide NewSide(int actor, int supply, int partner)
    {
        var side = new CandidateSide
        {
            Actor = actor,
            Supply = supply,
            Y = _x[(actor * _d) + supply],
            Target = _x[(partner * _d) + supply],
        };
        side.ResetLedger();
        return side;
    }

    private double Weight(int actor, int issue) => _w[(actor * _d) + issue];

    private double Salience(int actor, int issue) => _s[(actor * _d) + issue];

    /// <summary>The outcome of <paramref name="issue"/> from start-of-round positions, with the side's update map and one actor substituted (§4.6).</summary>
    private double Outcome(int issue, ref CandidateSide side, int actor, double position)
    {
        var actors = _present[issue];
        var weights = _presentWeight[issue];
        var positions = _presentPosition[issue];
        double sum = 0;
        for (var j = 0; j < actors.Length; j++)
        {
            var k = actors[j];
            double pos;
            if (k == actor)
            {
                pos = position;
            }
            else if (side.UpdateCount == 0 || !side.TryGetUpdate(k, out pos))
            {
                pos = positions[j];
            }

            sum += weights[j] * pos;
        }

        return sum / _totalWeight[issue];
    }

    private bool MoveValid(ref CandidateSide side)
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
