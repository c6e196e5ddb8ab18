using System.Buffers;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.ExpectedUtility;

/// <content>The round itself: pass 1, risk exponents, pass 2, offers and moves.</content>
public sealed partial class ExpectedUtilityWorkspace
{
    /// <summary>Plays one round from <paramref name="positions"/> and writes the new positions to <paramref name="next"/>.</summary>
    /// <param name="positions">x_i(t−1), the start-of-round positions.</param>
    /// <param name="initialPositions">x_i(0), the input positions (used only by <see cref="MoveOrigin.Original"/>).</param>
    /// <param name="saliences">s_i. Range: [0, 1].</param>
    /// <param name="weights">w_i = c_i·s_i. Range: ≥ 0.</param>
    /// <param name="range">R for this round. Range: &gt; 0.</param>
    /// <param name="median">μ of <paramref name="positions"/> (see <see cref="Median"/>); used by the (1 − Q) term.</param>
    /// <param name="options">The options.</param>
    /// <param name="random">The run's random stream; required only by <see cref="ConflictResolution.Stochastic"/>.</param>
    /// <param name="next">Out: x_i(t). It may be the same memory as <paramref name="positions"/> (the inputs are copied first).</param>
    /// <param name="maxDegreeOfParallelism">The largest number of threads to use; results do not depend on it.</param>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null, or <paramref name="random"/> is null under stochastic conflict resolution.</exception>
    public void PlayRound(
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> initialPositions,
        ReadOnlySpan<double> saliences,
        ReadOnlySpan<double> weights,
        double range,
        double median,
        ExpectedUtilityOptions options,
        IRandomSource? random,
        Span<double> next,
        int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireLength(positions.Length, nameof(positions));
        RequireLength(initialPositions.Length, nameof(initialPositions));
        RequireLength(saliences.Length, nameof(saliences));
        RequireLength(weights.Length, nameof(weights));
        RequireLength(next.Length, nameof(next));
        if (!(range > 0 && double.IsFinite(range)))
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "The range R must be positive and finite.");
        }

        if (options.ConflictResolution == ConflictResolution.Stochastic)
        {
            ArgumentNullException.ThrowIfNull(random);
        }

        positions.CopyTo(_x);
        initialPositions.CopyTo(_x0);
        saliences.CopyTo(_s);
        weights.CopyTo(_w);
        _options = options;
        Range = range;
        StartMedian = median;
        var dop = Math.Max(1, maxDegreeOfParallelism);

        Compress();
        for (var k = 0; k < _n; k++)
        {
            _toMedian[k] = Math.Abs(_x[k] - median) / range;
        }

        // Pass 1: every exponent 1.
        var m = _m;
        NormaliserPass1 = VoteSupport.Linear(_u.AsSpan(0, m), _g.AsSpan(0, m), _mult.AsSpan(0, m), range, _prefix, _support, _abs);
        VoteSupport.Normalise(m, _support, _abs, NormaliserPass1, options.ProbabilityNormaliser, _p1);
        VoteSupport.Transpose(_p1, _p1T, m);
        VoteSupport.Run(_n, dop, _securityOf);
        UpdateRisk();

        // Pass 2: the new exponents, in the votes only under voter-risk (the support buffers are reused).
        _pass2Shared = options.VoteExponent == VoteExponent.One;
        if (_pass2Shared)
        {
            NormaliserPass2 = NormaliserPass1;
        }
        else
        {
            NormaliserPass2 = VoteSupport.Powered(_u, _mult, m, _x, _w, _r, range, _powered, _linear, _support, _abs, dop);
            VoteSupport.Normalise(m, _support, _abs, NormaliserPass2, options.ProbabilityNormaliser, _p2);
            VoteSupport.Transpose(_p2, _p2T, m);
        }

        VoteSupport.Run(_n, dop, _chooseOffer);
        Resolve(random);
        _target.AsSpan().CopyTo(next);
    }

    /// <summary>Sorts the positions and compresses them to distinct values with their total weight and head count.</summary>
    private void Compress()
    {
        for (var k = 0; k < _n; k++)
        {
            _keys[k] = _x[k];
            _order[k] = k;
        }

        _keys.AsSpan().Sort(_order.AsSpan());
        var m = 0;
        for (var t = 0; t < _n; t++)
        {
            if (t == 0 || _keys[t] != _keys[t - 1])
            {
                _u[m] = _keys[t];
                _g[m] = 0;
                _mult[m] = 0;
                m++;
            }

            var k = _order[t];
            _g[m - 1] += _w[k];
            _mult[m - 1]++;
            _pos[k] = m - 1;
        }

        _m = m;
    }

    /// <summary>Pass 1 for target i: E(j→i; 1) for every challenger j and the security sum S_i.</summary>
    /// <param name="i">The target.</param>
    private void SecurityOf(int i)
    {
        var o = _options;
        var noChallenge = o.QTerm == QTerm.Included && o.Q != 1;
        var row = _eu1.AsSpan(i * _n, _n);
        var column = _p1T.AsSpan(_pos[i] * _m, _m);
        double sum = 0;
        for (var j = 0; j < _n; j++)
        {
            if (j == i)
            {
                row[j] = 0;
                continue;
            }

            var d = Math.Abs(_x[j] - _x[i]) / Range;
            var probability = column[_pos[j]];
            var extra = noChallenge ? ExpectedUtilityMath.NoChallenge(_toMedian[j], d, 1, o.Q, o.TRule) : 0;
            var e = ExpectedUtilityMath.Challenge(_s[i], probability, ExpectedUtilityMath.Success(d, 1), ExpectedUtilityMath.Failure(d, 1), 0, o.Q, extra);
            row[j] = e;
            sum += e;
        }

        _security[i] = sum;
    }

    /// <summary>Turns the security sums into risk indices and exponents (Scholz et al. 2011 eq. 32–34).</summary>
    private void UpdateRisk()
    {
        var max = double.NegativeInfinity;
        var min = double.PositiveInfinity;
        for (var i = 0; i < _n; i++)
        {
            max = Math.Max(max, _security[i]);
            min = Math.Min(min, _security[i]);
        }

        for (var i = 0; i < _n; i++)
        {
            _riskIndex[i] = ExpectedUtilityMath.RiskIndex(_security[i], max, min);
            _r[i] = ExpectedUtilityMath.RiskExponent(_riskIndex[i]);
            _usq[i] = ExpectedUtilityMath.StatusQuo(_r[i]);
        }
    }

    /// <summary>Pass 2 for mover i: a and b for every partner, the region of each pair, and the best offer.</summary>
    /// <param name="i">The mover.</param>
    private void ChooseOffer(int i)
    {
        var n = _n;
        var rented = ArrayPool<double>.Shared.Rent(6 * n);
        try
        {
            var buffer = rented.AsSpan(0, 6 * n);
            var logS = buffer[..n];
            var logF = buffer.Slice(n, n);
            var us = buffer.Slice(2 * n, n);
            var uf = buffer.Slice(3 * n, n);
            var usPartner = buffer.Slice(4 * n, n);
            var ufPartner = buffer.Slice(5 * n, n);
            UtilityRows.ForEvaluator(_x[i], _x, Range, _r[i], logS, logF, us, uf);
            if (_options.Perspective == Perspective.Sender)
            {
                UtilityRows.PerColumnExponent(logS, logF, _r, usPartner, ufPartner);
            }
            else
            {
                usPartner = us;
                ufPartner = uf;
            }

            ChooseOffer(i, us, uf, usPartner, ufPartner);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Pass 2 for mover i, given U_s and U_f against every partner as seen by i and by the evaluator of b.</summary>
    /// <param name="i">The mover.</param>
    /// <param name="us">U_s(d_ij; r_i).</param>
    /// <param name="uf">U_f(d_ij; r_i).</param>
    /// <param name="usPartner">U_s(d_ij; r_b).</param>
    /// <param name="ufPartner">U_f(d_ij; r_b).</param>
    private void ChooseOffer(int i, ReadOnlySpan<double> us, ReadOnlySpan<double> uf, ReadOnlySpan<double> usPartner, ReadOnlySpan<double> ufPartner)
    {
        var o = _options;
        var n = _n;
        var m = _m;
        var p2Row = (_pass2Shared ? _p1 : _p2).AsSpan(_pos[i] * m, m);
        var p2Column = (_pass2Shared ? _p1T : _p2T).AsSpan(_pos[i] * m, m);
        var noChallenge = o.QTerm == QTerm.Included && o.Q != 1;
        var sender = o.Perspective == Perspective.Sender;
        var capitulate = o.Capitulation == CapitulationRule.Enabled;
        var xi = _x[i];
        var ri = _r[i];
        var own = _own.AsSpan(i * n, n);
        var partner = _partner.AsSpan(i * n, n);
        var region = _region.AsSpan(i * n, n);
        int conf = -1, comp = -1, cap = -1;
        double confKey = 0, compKey = 0, capKey = 0, compTarget = 0;
        for (var j = 0; j < n; j++)
        {
            var xj = _x[j];
            if (xj == xi)
            {
                own[j] = 0;
                partner[j] = 0;
                region[j] = OfferKind.SamePosition;
                continue;
            }

            var pj = _pos[j];
            var a = ExpectedUtilityMath.Challenge(
                _s[j], p2Row[pj], us[j], uf[j], _usq[i], o.Q, noChallenge ? ExpectedUtilityMath.NoChallenge(_toMedian[i], Math.Abs(xi - xj) / Range, ri, o.Q, o.TRule) : 0);
            var rb = sender ? _r[j] : ri;
            var b = ExpectedUtilityMath.Challenge(
                _s[i], p2Column[pj], usPartner[j], ufPartner[j], sender ? _usq[j] : _usq[i], o.Q, noChallenge ? ExpectedUtilityMath.NoChallenge(_toMedian[j], Math.Abs(xi - xj) / Range, rb, o.Q, o.TRule) : 0);
            own[j] = a;
            partner[j] = b;
            var kind = Classify(a, b);
            region[j] = kind;
            var move = Math.Abs(xi - xj);
            switch (kind)
            {
                case OfferKind.Confrontation when conf < 0 || move < confKey:
                    conf = j;
                    confKey = move;
                    break;
                case OfferKind.Compromise:
                    var origin = o.MoveOrigin == MoveOrigin.Original ? _x0[i] : xi;
                    var proposed = origin + ((xj - origin) * Math.Abs(a / b));
                    var key = o.CompromiseSelection switch
                    {
                        CompromiseSelection.MinWeightedPosition => ((Math.Abs(a) * xi) + (Math.Abs(b) * xj)) / (Math.Abs(a) + Math.Abs(b)),
                        CompromiseSelection.LeastMove => Math.Abs(proposed - xi),
                        _ => -b,
                    };
                    if (comp < 0 || key < compKey)
                    {
                        comp = j;
                        compKey = key;
                        compTarget = proposed;
                    }

                    break;
                case OfferKind.Capitulation when capitulate && (cap < 0 || move < capKey):
                    cap = j;
                    capKey = move;
                    break;
                default:
                    break;
            }
        }

        var chosen = conf >= 0 ? conf : comp >= 0 ? comp : cap;
        _partnerOf[i] = chosen;
        _held[i] = false;
        if (chosen < 0)
        {
            _move[i] = OfferKind.None;
            _target[i] = xi;
            _moveOwn[i] = 0;
            _movePartner[i] = 0;
            return;
        }

        _move[i] = conf >= 0 ? OfferKind.Confrontation : comp >= 0 ? OfferKind.Compromise : OfferKind.Capitulation;
        _target[i] = conf < 0 && comp >= 0 ? compTarget : _x[chosen];
        _moveOwn[i] = own[chosen];
        _movePartner[i] = partner[chosen];
    }

    /// <summary>Applies the conflict-resolution option to confrontation offers, drawing in actor order.</summary>
    /// <param name="random">The random stream.</param>
    private void Resolve(IRandomSource? random)
    {
        var rule = _options.ConflictResolution;
        if (rule == ConflictResolution.DeterministicMove)
        {
            return;
        }

        for (var i = 0; i < _n; i++)
        {
            if (_move[i] != OfferKind.Confrontation)
            {
                continue;
            }

            // i expects to lose; under the stochastic rule it loses with probability 1 − P_ij.
            var loses = rule == ConflictResolution.Stochastic && random!.NextDouble() < 1 - ProbabilityPass2(i, _partnerOf[i]);
            if (!loses)
            {
                _target[i] = _x[i];
                _held[i] = true;
            }
        }
    }

    /// <summary>The region of a pair in Scholz et al. (2011) Fig. 6; equalities give no offer.</summary>
    /// <param name="a">E(i→j).</param>
    /// <param name="b">E(j→i).</param>
    /// <returns>The region.</returns>
    private static OfferKind Classify(double a, double b)
    {
        if (b > a && a > 0)
        {
            return OfferKind.Confrontation;
        }

        if (a < 0 && b > 0)
        {
            return b > -a ? OfferKind.Compromise : b < -a ? OfferKind.Capitulation : OfferKind.None;
        }

        return OfferKind.None;
    }

    private void RequireLength(int length, string name)
    {
        if (length != _n)
        {
            throw new ArgumentException($"Expected {_n} values (the workspace's actor count), got {length}.", name);
        }
    }
}
