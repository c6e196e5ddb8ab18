using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Exchange;

/// <summary>Ranking, realising and propagating exchanges within a round (§4.8, §4.11).</summary>
internal sealed partial class ExchangeRoundSolver
{
    private const double CoinFlipTie = 1e-20;

    /// <summary>Gets a value indicating whether equal rank keys are ordered by gain history (<see cref="ExchangeTieBreak.GenerationOrder"/>) rather than by generation index alone.</summary>
    private bool KeepsHistory => _options.TieBreak == ExchangeTieBreak.GenerationOrder;

    /// <summary>The best remaining candidate: highest rank key, ties by gain history and then generation index; the coin flip may take the runner-up.</summary>
    /// <returns>Its slot, or −1 when none is left.</returns>
    private int PickBest()
    {
        var best = _queue.Pop();
        if (best < 0 || _options.TieBreak != ExchangeTieBreak.SeededCoinFlip)
        {
            return best;
        }

        var second = _queue.Pop();
        if (second < 0)
        {
            return best;
        }

        if (Math.Abs(_candidates[best].Gain - _candidates[second].Gain) < CoinFlipTie && _random!.NextDouble() >= 0.5)
        {
            (best, second) = (second, best);
        }

        ref readonly var back = ref _candidates[second];
        _queue.Push(second, back.RankKey, back.Generation, back.History);
        return best;
    }

    private RealisedExchange Realise(ref ExchangeCandidate e, int round, int order)
    {
        ref var a = ref e.A;
        ref var b = ref e.B;
        int q = a.Supply, p = b.Supply;
        var deltaQ = Weight(a.Actor, q) * Math.Abs(a.Move) / _totalWeight[q];
        var deltaP = Weight(b.Actor, p) * Math.Abs(b.Move) / _totalWeight[p];
        var gainA = (Salience(a.Actor, p) * deltaP) - (Salience(a.Actor, q) * deltaQ);
        var gainB = (Salience(b.Actor, q) * deltaQ) - (Salience(b.Actor, p) * deltaP);
        var sideA = Record(ref a, p, gainA);
        var sideB = Record(ref b, q, gainB);

        _voting[(a.Actor * _d) + q] = a.NewPos;
        _voting[(b.Actor * _d) + p] = b.NewPos;
        _realisedSign[(a.Actor * _d) + q] = Math.Sign(a.Move);
        _realisedSign[(b.Actor * _d) + p] = Math.Sign(b.Move);
        AddExternalities(a.Actor, b.Actor, p, q, sideB, sideA);
        return new RealisedExchange(round, order, e.Generation, e.Gain, e.EqualGain, sideA, sideB) { Rex = e.HasRex ? e.Rex.ToDraw() : null };
    }

    private ExchangeSide Record(ref CandidateSide side, int demand, double gain)
    {
        Outcomes(side.Supply, ref side, side.Actor, side.Y, side.NewPos, out var before, out var after);
        return new(
        side.Actor,
        side.Supply,
        demand,
        side.Y,
        side.Move,
        side.NewPos,
        side.EqualGainPos,
        side.Target,
        gain,
        before,
        after,
        side.Capped);
    }

    /// <summary>§4.11: every actor present on both issues and not party to the exchange gains s(|O⁰ − x| − |O¹ − x|) per issue.</summary>
    private void AddExternalities(int actorA, int actorB, int p, int q, ExchangeSide onP, ExchangeSide onQ)
    {
        for (var k = 0; k < _n; k++)
        {
            int kp = (k * _d) + p, kq = (k * _d) + q;
            if (k == actorA || k == actorB || _s[kp] <= 0 || _s[kq] <= 0)
            {
                continue;
            }

            _externalities[kp] += _s[kp] * (Math.Abs(onP.OutcomeBefore - _x[kp]) - Math.Abs(onP.OutcomeAfter - _x[kp]));
            _externalities[kq] += _s[kq] * (Math.Abs(onQ.OutcomeBefore - _x[kq]) - Math.Abs(onQ.OutcomeAfter - _x[kq]));
        }
    }

    /// <summary>§4.8: updates every remaining candidate after <paramref name="e"/> is realised, recomputes the affected ones and drops the invalid.</summary>
    /// <remarks>
    /// A candidate matches only through a side with one of <paramref name="e"/>'s actors and the same supply or demand
    /// issue, so only the candidates indexed under those (actor, issue) keys are visited, each once.
    /// </remarks>
    private void Propagate(ref ExchangeCandidate e)
    {
        _stamp++;
        Visit(_bySupply, (e.A.Actor * _d) + e.A.Supply, ref e);
        Visit(_byDemand, (e.A.Actor * _d) + e.B.Supply, ref e);
        Visit(_bySupply, (e.B.Actor * _d) + e.B.Supply, ref e);
        Visit(_byDemand, (e.B.Actor * _d) + e.A.Supply, ref e);
    }

    private void Visit(CandidateIndex index, int key, ref ExchangeCandidate e)
    {
        var slots = index.Slots(key);
        var merge = _options.Mode == ExchangeMode.DecideCurrent;
        var kept = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            ref var x = ref _candidates[slot];
            if (x.Alive && x.Stamp != _stamp)
            {
                x.Stamp = _stamp;
                Update(ref x, slot, ref e, merge);
            }

            if (x.Alive)
            {
                slots[kept++] = slot;
            }
        }

        index.Truncate(key, kept);
    }

    private void Update(ref ExchangeCandidate x, int slot, ref ExchangeCandidate e, bool merge)
    {
        var marked = false;
        var append0 = false;
        var append1 = false;
        for (var k = 0; k < 2; k++)
        {
            ref var xs = ref x.Side(k);
            ref var xo = ref x.Side(1 - k);
            for (var j = 0; j < 2; j++)
            {
                ref var es = ref e.Side(j);
                ref var eo = ref e.Side(1 - j);
                if (xs.Actor != es.Actor)
                {
                    continue;
                }

                // (a) Supply match: same actor, same supply issue.
                if (xs.Supply == es.Supply)
                {
                    xs.Y = es.NewPos;
                    marked = true;
                    if (k == 0)
                    {
                        append0 = true;
                    }
                    else
                    {
                        append1 = true;
                    }
                }

                // (b) Demand match: same actor, same demand issue (each side's demand is the other side's supply).
                if (xo.Supply == eo.Supply)
                {
                    xo.RecordUpdate(eo.Actor, eo.NewPos, _x[(eo.Actor * _d) + eo.Supply], merge);
                    marked = true;
                }
            }
        }

        if (marked)
        {
            var key = x.RankKey;
            x.Alive = Compute(ref x, append0, append1);
            if (x.Alive)
            {
                if (KeepsHistory && x.RankKey != key)
                {
                    x.History = _history.Add(x.History, _pick, x.RankKey);
                }

                _queue.Update(slot, x.RankKey, x.History);
            }
            else
            {
                _queue.Remove(slot);
            }
        }
    }
}
