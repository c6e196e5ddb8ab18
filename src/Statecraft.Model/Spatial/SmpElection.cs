using System.Runtime.Intrinsics;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>KTAB's probabilistic Condorcet election ("scalarPCE"): votes, then coalitions, then pairwise victory probabilities, then one distribution.</summary>
/// <remarks>
/// <para>§3.5–3.7. Utilities are option-major: <c>utilities[o·voters + k]</c> is voter k's utility for option o,
/// so the inner loop over voters reads contiguous memory.</para>
/// <para>Holds scratch buffers: mutable and not thread-safe; give each thread its own. Results do not depend on the
/// degree of parallelism, because every coalition strength is summed over voters in index order by one thread.</para>
/// </remarks>
internal sealed class SmpElection
{
    /// <summary>The coalition floor ε of §3.6 (KTAB: 1e-8).</summary>
    private const double CoalitionFloor = 1e-8;

    private readonly SmpOptions _options;
    private double[] _strength = [];
    private double[] _victory = [];
    private double[] _next = [];
    private double[] _chooser = [];

    /// <summary>Creates an election with the model's rules.</summary>
    /// <param name="options">Voting rule, victory-probability model, PCE model, mode and iteration cap.</param>
    public SmpElection(SmpOptions options) => _options = options;

    /// <summary>Gets the number of Markov iterations that hit the cap since creation (quirk Q9).</summary>
    public int NonConvergedCount { get; private set; }

    /// <summary>Runs the election and writes each option's probability of prevailing.</summary>
    /// <param name="weights">Voter weights w_k &gt; 0.</param>
    /// <param name="utilities">Option-major utilities, at least options × voters values.</param>
    /// <param name="options">M, the number of options.</param>
    /// <param name="probabilities">Receives P, M values summing to 1.</param>
    /// <param name="parallelism">Threads for the coalition sums (1 = this thread).</param>
    public void Solve(double[] weights, double[] utilities, int options, Span<double> probabilities, int parallelism = 1)
    {
        var m = options;
        EnsureCapacity(m);
        Coalitions(weights, utilities, m, parallelism);
        VictoryProbabilities(m);
        switch (_options.PceModel)
        {
            case SmpPceModel.MarkovUniform:
                MarkovUniform(m, probabilities);
                break;
            case SmpPceModel.MarkovIncentive:
                MarkovIncentive(m, probabilities);
                break;
            default:
                Conditional(m, probabilities);
                break;
        }
    }

    private void EnsureCapacity(int m)
    {
        if (_strength.Length < m * m)
        {
            _strength = new double[m * m];
            _victory = new double[m * m];
        }

        if (_next.Length < m)
        {
            _next = new double[m];
            _chooser = new double[m];
        }
    }

    // C(a:b) for every ordered pair. KTAB sums each unordered pair once, a listed after b (quirk Q8); only the
    // asymmetric rule can tell the difference, and the corrected mode then sums both orientations.
    private void Coalitions(double[] weights, double[] utilities, int m, int parallelism)
    {
        var n = weights.Length;
        var bothWays = _options.VotingRule == SmpVotingRule.ASymProsp && _options.Mode == SmpMode.Corrected;
        var rule = _options.VotingRule;
        var strength = _strength;
        if (parallelism > 1 && (long)m * m * n > 200_000)
        {
            Parallel.For(0, m, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, a => Row(a, weights, utilities, n, m, rule, bothWays, strength));
        }
        else
        {
            for (var a = 0; a < m; a++)
            {
                Row(a, weights, utilities, n, m, rule, bothWays, strength);
            }
        }
    }

    private static void Row(int a, ReadOnlySpan<double> w, ReadOnlySpan<double> u, int n, int m, SmpVotingRule rule, bool bothWays, double[] strength)
    {
        var ua = u.Slice(a * n, n);
        strength[(a * m) + a] = CoalitionFloor;
        for (var b = 0; b < a; b++)
        {
            var ub = u.Slice(b * n, n);
            double forA = 0;
            double forB = 0;
            if (rule == SmpVotingRule.Prop)
            {
                // Four fixed partial sums, combined in a fixed order: the same bits on any machine and thread count.
                var sumA = Vector256<double>.Zero;
                var sumB = Vector256<double>.Zero;
                var k = 0;
                for (; k + 4 <= n; k += 4)
                {
                    var v = Vector256.Create(w.Slice(k, 4)) * (Vector256.Create(ua.Slice(k, 4)) - Vector256.Create(ub.Slice(k, 4)));
                    sumA += Vector256.Max(v, Vector256<double>.Zero);
                    sumB += Vector256.Max(-v, Vector256<double>.Zero);
                }

                forA = (sumA[0] + sumA[1]) + (sumA[2] + sumA[3]);
                forB = (sumB[0] + sumB[1]) + (sumB[2] + sumB[3]);
                for (; k < n; k++)
                {
                    var v = w[k] * (ua[k] - ub[k]);
                    forA += Math.Max(v, 0);
                    forB += Math.Max(-v, 0);
                }
            }
            else
            {
                for (var k = 0; k < n; k++)
                {
                    var v = SmpMath.Vote(rule, w[k], ua[k] - ub[k]);
                    if (v > 0)
                    {
                        forA += v;
                    }
                    else if (!bothWays)
                    {
                        forB -= v;
                    }

                    if (bothWays)
                    {
                        // Corrected Q8: C(b:a) from b's own orientation, v_k(b:a).
                        forB += Math.Max(0, SmpMath.Vote(rule, w[k], ub[k] - ua[k]));
                    }
                }
            }

            strength[(a * m) + b] = CoalitionFloor + forA;
            strength[(b * m) + a] = CoalitionFloor + forB;
        }
    }

    private void VictoryProbabilities(int m)
    {
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                _victory[(a * m) + b] = a == b ? 0.5 : Victory(_strength[(a * m) + b], _strength[(b * m) + a]);
            }
        }
    }

    private double Victory(double cab, double cba)
    {
        switch (_options.VictoryProbModel)
        {
            case SmpVictoryProbModel.Square:
                cab *= cab;
                cba *= cba;
                break;
            case SmpVictoryProbModel.Quartic:
                cab = Math.Pow(cab, 4);
                cba = Math.Pow(cba, 4);
                break;
            case SmpVictoryProbModel.Octic:
                cab = Math.Pow(cab, 8);
                cba = Math.Pow(cba, 8);
                break;
            case SmpVictoryProbModel.Binary:
                const double Threshold = 1.1;
                const double Tiny = 1e-6;
                if (cab >= Threshold * cba)
                {
                    return 1 / (1 + Tiny);
                }

                if (cba >= Threshold * cab)
                {
                    return Tiny / (1 + Tiny);
                }

                var rho = cab / (cab + cba);
                return ((rho * 2.1) - 1) / 0.1;
            default:
                break;
        }

        return cab / (cab + cba);
    }

    // P(a) ∝ Π_b V(a, b). The plain product is KTAB's; when it underflows for every option (very many options),
    // the same product is taken in logarithms, which changes nothing but the rounding.
    private void Conditional(int m, Span<double> p)
    {
        var max = 0.0;
        for (var a = 0; a < m; a++)
        {
            var prod = 1.0;
            for (var b = 0; b < m; b++)
            {
                prod *= _victory[(a * m) + b];
            }

            p[a] = prod;
            max = Math.Max(max, prod);
        }

        if (!(max > 1e-280))
        {
            var maxLog = double.NegativeInfinity;
            for (var a = 0; a < m; a++)
            {
                var sum = 0.0;
                for (var b = 0; b < m; b++)
                {
                    sum += Math.Log(_victory[(a * m) + b]);
                }

                p[a] = sum;
                maxLog = Math.Max(maxLog, sum);
            }

            for (var a = 0; a < m; a++)
            {
                p[a] = Math.Exp(p[a] - maxLog);
            }
        }

        Normalise(p[..m]);
    }

    private void MarkovUniform(int m, Span<double> p)
    {
        const double Tolerance = 1e-6;
        p[..m].Fill(1.0 / m);
        for (var iteration = 0; ; iteration++)
        {
            var delta = 0.0;
            for (var a = 0; a < m; a++)
            {
                var sum = 0.0;
                for (var b = 0; b < m; b++)
                {
                    sum += _victory[(a * m) + b] * (p[a] + p[b]);
                }

                _next[a] = sum / m;
                delta = Math.Max(delta, Math.Abs(_next[a] - p[a]));
            }

            for (var a = 0; a < m; a++)
            {
                p[a] = (p[a] + _next[a]) / 2;
            }

            if (delta <= Tolerance)
            {
                return;
            }

            if (iteration + 1 >= _options.PceMaxIterations)
            {
                NonConvergedCount++;
                return;
            }
        }
    }

    // B. Wise, "markov-incentives": the challenger of the holder b is a with probability χ(a | b) ∝ C(a:b)·V(a, b).
    private void MarkovIncentive(int m, Span<double> p)
    {
        const double Tolerance = 1e-8;
        const double SelfIncentive = 1e-10;

        // _chooser[b] = Σ_α n(α→b), the normaliser of χ(· | b).
        for (var b = 0; b < m; b++)
        {
            var sum = 0.0;
            for (var a = 0; a < m; a++)
            {
                sum += Incentive(a, b, m, SelfIncentive);
            }

            _chooser[b] = sum;
        }

        p[..m].Fill(1.0 / m);
        for (var iteration = 0; ; iteration++)
        {
            var delta = 0.0;
            for (var a = 0; a < m; a++)
            {
                var sum = 0.0;
                for (var b = 0; b < m; b++)
                {
                    // ct(a, b) = P(a)·χ(b | a): a holds, b challenges.
                    var ctab = p[a] * Incentive(b, a, m, SelfIncentive) / _chooser[a];
                    var ctba = p[b] * Incentive(a, b, m, SelfIncentive) / _chooser[b];
                    sum += _victory[(a * m) + b] * (ctab + ctba);
                }

                _next[a] = sum;
                delta = Math.Max(delta, Math.Abs(sum - p[a]));
            }

            for (var a = 0; a < m; a++)
            {
                p[a] = (p[a] + _next[a]) / 2;
            }

            if (delta <= Tolerance)
            {
                return;
            }

            if (iteration + 1 >= _options.PceMaxIterations)
            {
                NonConvergedCount++;
                return;
            }
        }
    }

    private double Incentive(int a, int b, int m, double self) =>
        (_strength[(a * m) + b] * _victory[(a * m) + b]) + (a == b ? self : 0);

    private static void Normalise(Span<double> p)
    {
        var sum = 0.0;
        foreach (var x in p)
        {
            sum += x;
        }

        for (var a = 0; a < p.Length; a++)
        {
            p[a] /= sum;
        }
    }
}
