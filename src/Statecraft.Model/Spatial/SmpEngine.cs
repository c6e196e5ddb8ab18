using System.Collections.Immutable;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>The array-based core of the Spatial Model of Politics: one run's state and the buffers its turns reuse.</summary>
/// <remarks>
/// <para>§3.3–3.14. Per state it keeps O(N²) tables only (distances, perceived risks, own utilities); the
/// perceived utilities U^h(n, x) = u(d_nx, r_hn) of one perspective h are rebuilt in a per-thread N×N buffer when needed,
/// so no N³ table is ever stored (§3.19).</para>
/// <para>Parallel loops split the actors into fixed chunks, each writing only its own outputs, and every sum runs in
/// index order on one thread: results are bit-identical whatever the degree of parallelism.</para>
/// <para>Mutable and not thread-safe: one engine per run.</para>
/// </remarks>
internal sealed partial class SmpEngine
{
    /// <summary>Positions closer than this (Euclidean, on [0, 1]^D) count as the same (KTAB posTol).</summary>
    public const double PositionTolerance = 1e-3;

    private readonly SmpOptions _o;
    private readonly int _n;
    private readonly int _d;
    private readonly int _parallelism;
    private readonly ulong _seed;
    private readonly double[] _capability;
    private readonly double[] _salience;
    private readonly double[] _salienceSquared;
    private readonly double[] _salienceSquaredSum;
    private readonly double[] _totalSalience;
    private readonly double[] _challengeWeight;
    private readonly double[] _resolutionWeight;
    private readonly double[]? _affinity;

    private readonly double[] _distance;
    private readonly double[] _distanceT;
    private readonly double[] _oneMinusT;
    private readonly double[] _clampedT;
    private readonly double[] _risk;
    private readonly double[] _perceived;
    private readonly double[] _own;
    private readonly double[] _electionUtilities;
    private readonly double[] _electionProbabilities;
    private readonly SmpElection _election;
    private readonly Scratch[] _scratch;

    private double[] _position;
    private double[] _ideal;

    /// <summary>Creates the engine at state 0.</summary>
    /// <param name="problem">The input.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="seed">The root seed of the stochastic transitions.</param>
    /// <param name="parallelism">The largest number of threads. Range: ≥ 1.</param>
    public SmpEngine(SmpProblem problem, SmpOptions options, ulong seed, int parallelism)
    {
        _o = options;
        _n = problem.ActorCount;
        _d = problem.DimensionCount;
        _seed = seed;
        _parallelism = Math.Max(1, parallelism);
        var n = _n;
        _capability = [.. problem.Capabilities];
        _salience = [.. problem.Saliences];
        _salienceSquared = new double[n * _d];
        _salienceSquaredSum = new double[n];
        _totalSalience = new double[n];
        _challengeWeight = new double[n];
        _resolutionWeight = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var d = 0; d < _d; d++)
            {
                var s = _salience[(i * _d) + d];
                _salienceSquared[(i * _d) + d] = s * s;
                _salienceSquaredSum[i] += s * s;
                _totalSalience[i] += s;
            }

            _challengeWeight[i] = problem.Capabilities[i] * _totalSalience[i];
            _resolutionWeight[i] = options.ResolutionWeights == SmpResolutionWeights.Capability ? problem.Capabilities[i] : _challengeWeight[i];
        }

        _affinity = problem.HasIdentityAffinity() ? null : [.. problem.Affinity];
        _position = [.. problem.Positions];
        _ideal = [.. problem.Positions];
        _distance = new double[n * n];
        _distanceT = new double[n * n];
        _oneMinusT = new double[n * n];
        _clampedT = new double[n * n];
        _risk = new double[n];
        _perceived = new double[n * n];
        _own = new double[n * n];
        _electionUtilities = new double[n * n];
        _electionProbabilities = new double[n];
        _election = new SmpElection(options);
        _scratch = new Scratch[Chunks(n)];
        for (var c = 0; c < _scratch.Length; c++)
        {
            _scratch[c] = new Scratch(n, options);
        }
    }

    /// <summary>Gets the number of Markov elections that hit their iteration cap so far.</summary>
    public int NonConvergedElections => _election.NonConvergedCount + _scratch.Sum(s => s.Election.NonConvergedCount);

    /// <summary>Gets the current positions, N×D.</summary>
    public ReadOnlySpan<double> Positions => _position;

    /// <summary>Computes the quantities every turn starts from: distances, risk attitudes, perceived risks (§3.3, §3.4, §3.8).</summary>
    /// <param name="turn">The state's index, for error messages.</param>
    /// <exception cref="SmpSanityCheckException">KTAB-compatible mode meets a state where KTAB aborts (Q3–Q5).</exception>
    public void Prepare(int turn)
    {
        var n = _n;
        ForChunks(n, (from, to, _) =>
        {
            for (var i = from; i < to; i++)
            {
                var ideal = _ideal.AsSpan(i * _d, _d);
                var s2 = _salienceSquared.AsSpan(i * _d, _d);
                for (var j = 0; j < n; j++)
                {
                    _distance[(i * n) + j] = SmpMath.Distance(ideal, _position.AsSpan(j * _d, _d), s2, _salienceSquaredSum[i]);
                }
            }
        });
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var dij = _distance[(i * n) + j];
                _distanceT[(j * n) + i] = dij;
                _oneMinusT[(j * n) + i] = 1 - dij;
                _clampedT[(j * n) + i] = Math.Min(dij, 1);
            }
        }

        // Risk-neutral utilities, option-major: option o is actor o's position, voter k judges it.
        for (var x = 0; x < n * n; x++)
        {
            _electionUtilities[x] = SmpMath.Utility(_distanceT[x], 0);
        }

        _election.Solve(_resolutionWeight, _electionUtilities, n, _electionProbabilities, _parallelism);
        SetRiskAttitudes(turn);
        for (var h = 0; h < n; h++)
        {
            for (var i = 0; i < n; i++)
            {
                _perceived[(h * n) + i] = i == h ? _risk[h] : Perceive(_risk[h], _risk[i]);
            }
        }

        for (var a = 0; a < n; a++)
        {
            for (var x = 0; x < n; x++)
            {
                _own[(a * n) + x] = SmpMath.Utility(_distance[(a * n) + x], _risk[a]);
            }
        }

        if (_o.Mode == SmpMode.KtabCompatible && n >= 3)
        {
            SanityChecks(turn);
        }
    }

    /// <summary>Describes the current state: clusters and their probabilities of prevailing (§3.15). Call after <see cref="Prepare"/>.</summary>
    /// <param name="turn">The state's index.</param>
    /// <returns>The state.</returns>
    public SmpState Describe(int turn)
    {
        var n = _n;
        var reps = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (!reps.Any(r => Close(i, r)))
            {
                reps.Add(i);
            }
        }

        var m = reps.Count;
        for (var o = 0; o < m; o++)
        {
            for (var a = 0; a < n; a++)
            {
                _electionUtilities[(o * n) + a] = _own[(a * n) + reps[o]];
            }
        }

        var p = new double[m];
        _election.Solve(_resolutionWeight, _electionUtilities, m, p, _parallelism);
        var cluster = new int[n];
        var members = new List<int>[m];
        for (var o = 0; o < m; o++)
        {
            members[o] = [];
        }

        var win = new double[n];
        for (var i = 0; i < n; i++)
        {
            // If several clusters match within posTol, the last one counts (KTAB).
            for (var o = 0; o < m; o++)
            {
                if (Close(i, reps[o]))
                {
                    cluster[i] = o;
                }
            }

            members[cluster[i]].Add(i);
            win[i] = p[cluster[i]];
        }

        var clusters = ImmutableArray.CreateBuilder<SmpCluster>(m);
        for (var o = 0; o < m; o++)
        {
            clusters.Add(new SmpCluster(reps[o], [.. members[o]], p[o]));
        }

        return new SmpState(turn, [.. _position], [.. _ideal], [.. _risk], [.. win], clusters.MoveToImmutable());
    }

    private bool Close(int i, int j)
    {
        double sum = 0;
        for (var d = 0; d < _d; d++)
        {
            var delta = _position[(i * _d) + d] - _position[(j * _d) + d];
            sum += delta * delta;
        }

        return Math.Sqrt(sum) < PositionTolerance;
    }

    private void SetRiskAttitudes(int turn)
    {
        var p = _electionProbabilities;
        double min = p[0], max = p[0];
        for (var i = 1; i < _n; i++)
        {
            min = Math.Min(min, p[i]);
            max = Math.Max(max, p[i]);
        }

        if (!(max > min))
        {
            if (_o.Mode == SmpMode.KtabCompatible && _n >= 3)
            {
                throw new SmpSanityCheckException("Q5", turn, "every position is equally likely to prevail, so the risk-attitude range divides by zero");
            }

            Array.Clear(_risk);
            return;
        }

        for (var i = 0; i < _n; i++)
        {
            _risk[i] = _o.BigRRange switch
            {
                SmpBigRRange.Min => (p[i] - min) / (max - min),
                SmpBigRRange.Max => ((2 * p[i]) - max - min) / (max - min),
                _ => ((3 * p[i]) - max - (2 * min)) / (2 * (max - min)),
            };
        }
    }

    private double Perceive(double own, double other) => _o.BigRAdjust switch
    {
        SmpBigRAdjust.None => own,
        SmpBigRAdjust.Half => (own + other) / 2,
        SmpBigRAdjust.TwoThirds => (own + (2 * other)) / 3,
        SmpBigRAdjust.Full => other,
        _ => ((2 * own) + other) / 3,
    };

    // KTAB's two sanity checks, in closed form: u(d, r) − u(d, R) = (r − R)·h(d), so each Frobenius norm needs only
    // g_i = Σ_j h(d_ij)² and costs O(N²) instead of O(N³).
    private void SanityChecks(int turn)
    {
        const double Tolerance = 1e-6;
        var n = _n;
        var g = new double[n];
        double neutral = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var h = SmpMath.RiskSensitivity(_distance[(i * n) + j]);
                g[i] += h * h;
            }

            neutral += _risk[i] * _risk[i] * g[i];
        }

        if (Math.Sqrt(neutral) < Tolerance)
        {
            throw new SmpSanityCheckException("Q4", turn, "the risk-aware utilities equal the risk-neutral ones to within 1e-6");
        }

        for (var h = 0; h < n; h++)
        {
            double norm = 0;
            for (var i = 0; i < n; i++)
            {
                var diff = _perceived[(h * n) + i] - _risk[i];
                norm += diff * diff * g[i];
            }

            if (Math.Sqrt(norm) < Tolerance)
            {
                throw new SmpSanityCheckException("Q3", turn, $"actor {h}'s perceived utilities equal the objective risk-aware ones to within 1e-6 (always so under big-r-adjust=full)");
            }
        }
    }

    private int Chunks(int count) => count >= 32 ? Math.Min(_parallelism, count) : 1;

    // Runs body(from, to, chunk) over fixed contiguous chunks; chunk c always gets the same range and scratch.
    private void ForChunks(int count, Action<int, int, int> body)
    {
        var chunks = Math.Min(Chunks(count), _scratch.Length);
        if (chunks <= 1)
        {
            body(0, count, 0);
            return;
        }

        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, c =>
        {
            var from = (int)((long)count * c / chunks);
            var to = (int)((long)count * (c + 1) / chunks);
            body(from, to, c);
        });
    }
}
