using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Exchange;

/// <summary>Pricing a candidate: the equal-gain computation, the outcome-crossing cap and REX (§4.5–§4.7, §4.10).</summary>
internal sealed partial class ExchangeRoundSolver
{
    /// <summary>Computes (or recomputes) a candidate from its current supply positions, ledgers and update maps.</summary>
    /// <param name="x">The candidate.</param>
    /// <param name="appendA">Append side A's move to its ledger (recomputation after a supply match on A).</param>
    /// <param name="appendB">The same for side B.</param>
    /// <returns>Whether the candidate is valid.</returns>
    private bool Compute(ref ExchangeCandidate x, bool appendA, bool appendB)
    {
        ref var a = ref x.A;
        ref var b = ref x.B;
        int q = a.Supply, p = b.Supply;
        double sAq = Salience(a.Actor, q), sAp = Salience(a.Actor, p), sBp = Salience(b.Actor, p), sBq = Salience(b.Actor, q);
        double wAq = Weight(a.Actor, q), wBp = Weight(b.Actor, p);
        double fullA = Math.Abs(a.Target - a.Y), fullB = Math.Abs(b.Target - b.Y);

        // §4.5: try B's full move; if A would then overshoot, A moves fully instead.
        var dp = wBp * fullB / _totalWeight[p];
        var dq = dp * (sAp + sBp) / (sAq + sBq);
        var moveA = dq * _totalWeight[q] / wAq;
        var moveB = fullB;
        var aIsFull = false;
        if (moveA > fullA)
        {
            dq = wAq * fullA / _totalWeight[q];
            dp = dq * (sAq + sBq) / (sAp + sBp);
            moveA = fullA;
            moveB = dp * _totalWeight[p] / wBp;
            aIsFull = true;
        }

        a.SetMove(moveA, aIsFull, appendA);
        b.SetMove(moveB, !aIsFull, appendB);
        a.EqualGainPos = a.NewPos;
        b.EqualGainPos = b.NewPos;
        a.Capped = b.Capped = false;
        x.HasRex = false;
        var gain = Math.Abs((dq * sAq) - (dp * sAp));
        x.EqualGain = gain;
        x.Gain = gain;
        if (!(gain >= MinGain) || !MoveValid(ref a) || !MoveValid(ref b))
        {
            return false;
        }

        // §4.6: first A (the supplier of q), then B, each after the other's adjustment; rule 1 is not re-tested.
        Cap(ref x, 0);
        Cap(ref x, 1);
        if (!MoveValid(ref a) || !MoveValid(ref b))
        {
            return false;
        }

        if (_options.RexP > 0)
        {
            Randomise(ref x);
        }

        x.RankKey = _options.TieBreak == ExchangeTieBreak.GenerationOrder ? Math.Round(x.Gain, 12) : x.Gain;
        return true;
    }

    /// <summary>Shrinks side <paramref name="k"/>'s move when it would push the outcome of its supply issue past its partner's position (§4.6).</summary>
    private void Cap(ref ExchangeCandidate x, int k)
    {
        ref var y = ref x.Side(k);
        ref var z = ref x.Side(1 - k);
        int alpha = y.Supply, beta = z.Supply;
        if (CapSurelyIdle(alpha, ref y))
        {
            return;
        }

        Outcomes(alpha, ref y, y.Actor, y.Y, y.NewPos, out var before, out var after);
        if (!Room(before, after, y.Target, _options.CapRule, _outcomeTolerance, out var room))
        {
            return;
        }

        var wY = Weight(y.Actor, alpha);
        var moveY = _totalWeight[alpha] * room / wY;
        var deltaAlpha = wY * moveY / _totalWeight[alpha];
        var deltaBeta = deltaAlpha * (Salience(y.Actor, alpha) + Salience(z.Actor, alpha)) / (Salience(y.Actor, beta) + Salience(z.Actor, beta));
        var moveZ = deltaBeta * _totalWeight[beta] / Weight(z.Actor, beta);
        y.SetMove(moveY, false, false);
        z.SetMove(moveZ, false, false);
        y.Capped = true;
        x.Gain = Math.Abs((Salience(z.Actor, alpha) * deltaAlpha) - (Salience(z.Actor, beta) * deltaBeta));
    }

    /// <summary>Whether the cap certainly does not bind on side <paramref name="y"/>, judged from cheap estimates of the two outcomes (a filter in front of <see cref="Outcomes"/>).</summary>
    /// <remarks>
    /// <para>The exact outcomes are sums over every actor present; most candidates are far from binding, so they are
    /// first estimated in O(1 + update-map size) from the round's compromise plus the substituted terms:
    /// Ô⁰ = O + Σ w_j(y_j − x_j)/W and Ô¹ = Ô⁰ + w(y′ − y)/W (multiplying by a stored 1/W). With every position in [0, 100], each of these and each
    /// exact sum is within (m + 8)·100·u of the real value (m actors, u = 2⁻⁵³), so the estimate is within
    /// <see cref="_outcomeTolerance"/> of the exact outcome. The cap is skipped only when the rule's verdict is the
    /// same for every pair of values in that band; otherwise, and whenever the cap may bind, the exact outcomes decide
    /// as before, so results are unchanged bit for bit.</para>
    /// </remarks>
    private bool CapSurelyIdle(int alpha, ref readonly CandidateSide y)
    {
        if (!(y.Y >= 0 && y.Y <= 100 && y.NewPos >= 0 && y.NewPos <= 100))
        {
            return false;
        }

        var inverse = _inverseTotalWeight[alpha];
        var weights = _presentWeight[alpha];
        var positions = _presentPosition[alpha];
        var at = _presentIndex[(y.Actor * _d) + alpha];
        var shift = weights[at] * (y.Y - positions[at]);
        for (var u = 0; u < y.UpdateCount; u++)
        {
            var j = _presentIndex[(y.UpdateActors![u] * _d) + alpha];
            if (j >= 0 && j != at)
            {
                shift += weights[j] * (y.UpdatePositions![u] - positions[j]);
            }
        }

        var before = _compromise[alpha] + (shift * inverse);
        var after = before + (weights[at] * (y.NewPos - y.Y) * inverse);
        var eps = _outcomeTolerance;
        var target = y.Target;
        if (_options.CapRule == ExchangeCapRule.StrictlyBetween)
        {
            return target >= Math.Max(before, after) + eps || target <= Math.Min(before, after) - eps;
        }

        return after > before + (2 * eps) ? after <= target - eps : after < before - (2 * eps) && after >= target + eps;
    }

    /// <summary>
    /// Whether a shift of the outcome from <paramref name="before"/> to <paramref name="after"/> must be capped at the
    /// demander's position <paramref name="target"/>, and if so how far the outcome may move towards it.
    /// </summary>
    /// <remarks>
    /// <para><see cref="ExchangeCapRule.StrictlyBetween"/> is the reference test. It leaves a hole: when the outcome
    /// already sits on the target (as it does after an earlier capped exchange with the same demander) the move pushes
    /// it past. Whether it sits on the target is decided as in exact arithmetic (the knife edge of §4.6): within
    /// <paramref name="tolerance"/> of the target, with a move larger than that, the outcome counts as on it and the cap
    /// does not bind, instead of following the sign of a rounding residue.</para>
    /// <para><see cref="ExchangeCapRule.NoCrossing"/> closes the hole: the room is then 0, the capped move 0 and the
    /// candidate invalid (§4.7 rule 2) [Statecraft].</para>
    /// </remarks>
    private static bool Room(double before, double after, double target, ExchangeCapRule rule, double tolerance, out double room)
    {
        if (rule == ExchangeCapRule.StrictlyBetween)
        {
            room = Math.Abs(target - before);
            if (room <= tolerance && Math.Abs(after - before) > tolerance)
            {
                return false;
            }

            return !((target >= before && target >= after) || (target <= before && target <= after));
        }

        room = 0;
        if (after == before || (after > before ? after <= target : after >= target))
        {
            return false;
        }

        room = Math.Max(0, after > before ? target - before : before - target);
        return true;
    }

    /// <summary>The largest outcome shift side <paramref name="k"/> can make on its supply issue: its full move, bounded by the cap (§4.10).</summary>
    private double MaxShift(ref ExchangeCandidate x, int k)
    {
        ref var y = ref x.Side(k);
        var alpha = y.Supply;
        var full = Weight(y.Actor, alpha) * Math.Abs(y.Target - y.Y) / _totalWeight[alpha];
        Outcomes(alpha, ref y, y.Actor, y.Y, y.Target, out var before, out var after);
        return Room(before, after, y.Target, ExchangeCapRule.NoCrossing, _outcomeTolerance, out var room) ? Math.Min(full, room) : full;
    }

    /// <summary>REX: re-solves a valid equal-gain exchange so that a randomly chosen partner wins or loses part of its gain (§4.10, [Statecraft] EU_max).</summary>
    private void Randomise(ref ExchangeCandidate x)
    {
        var random = _random!;
        var u = random.NextDouble();
        var v = random.NextDouble();
        var z = random.NextDouble();
        var chosen = u < 0.5 ? 0 : 1;
        ref var pc = ref x.Side(chosen);
        ref var po = ref x.Side(1 - chosen);
        int alpha = pc.Supply, beta = po.Supply;
        double sPa = Salience(pc.Actor, alpha), sPb = Salience(pc.Actor, beta), sOa = Salience(po.Actor, alpha), sOb = Salience(po.Actor, beta);
        var maxAlpha = MaxShift(ref x, chosen);
        var maxBeta = MaxShift(ref x, 1 - chosen);

        // Along the line where the partner gains nothing, δβ = (sOa/sOb)·δα.
        var deltaStar = Math.Min(maxAlpha, sOb / sOa * maxBeta);
        var euMax = deltaStar * ((sPb * sOa / sOb) - sPa);
        var g = x.Gain;
        var p = _options.RexP;
        var target = v < 0.5 ? g + (p * z * (euMax - g)) : g * (1 - (p * z));

        // The chosen partner moves as far as it can; the other's shift follows from the target gain.
        var deltaAlpha = maxAlpha;
        var deltaBeta = (target + (sPa * deltaAlpha)) / sPb;
        if (deltaBeta > maxBeta)
        {
            deltaBeta = maxBeta;
            deltaAlpha = Math.Clamp(((sPb * deltaBeta) - target) / sPa, 0, maxAlpha);
        }

        var savedChosen = pc;
        var savedOther = po;
        var moveC = deltaAlpha * _totalWeight[alpha] / Weight(pc.Actor, alpha);
        var moveO = deltaBeta * _totalWeight[beta] / Weight(po.Actor, beta);
        pc.SetMove(moveC, Math.Abs(moveC - Math.Abs(pc.Target - pc.Y)) <= 1e-12, false);
        po.SetMove(moveO, Math.Abs(moveO - Math.Abs(po.Target - po.Y)) <= 1e-12, false);
        var applied = MoveValid(ref pc) && MoveValid(ref po);
        if (!applied)
        {
            pc = savedChosen;
            po = savedOther;
        }

        x.Rex = new RexSample(u, v, z, chosen == 0, euMax, target, applied);
        x.HasRex = true;
    }
}
