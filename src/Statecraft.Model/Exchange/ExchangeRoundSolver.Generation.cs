using System.Buffers;
using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Exchange;

/// <summary>Generating a round's candidates and indexing them (§4.3–§4.4, §4.8).</summary>
internal sealed partial class ExchangeRoundSolver
{
    private void Generate()
    {
        for (var i = 0; i < _n; i++)
        {
            for (var issue = 0; issue < _d; issue++)
            {
                var k = (i * _d) + issue;
                _left[k] = _options.SideRule == ExchangeSideRule.AtOrBelow ? _x[k] <= _compromise[issue] : _x[k] < _compromise[issue];
            }
        }

        // Every pair of actors on opposite sides of both outcomes is a candidate; count them first, so that the table
        // is sized once, then generate them in order.
        long pairs = 0;
        for (var p = 0; p < _d; p++)
        {
            for (var q = p + 1; q < _d; q++)
            {
                Split(p, q);
                pairs += ((long)_groupCounts[0] * _groupCounts[1]) + ((long)_groupCounts[2] * _groupCounts[3]);
            }
        }

        EnsureCapacity(checked((int)(pairs + 1)));
        var generation = 0;
        for (var p = 0; p < _d; p++)
        {
            for (var q = p + 1; q < _d; q++)
            {
                Split(p, q);
                AddPairs(0, 1, p, q, ref generation);
                AddPairs(2, 3, p, q, ref generation);
            }
        }

        BuildIndexes();
    }

    /// <summary>Groups the actors present on p and q by side (0 = right-right, 1 = left-left, 2 = left-right, 3 = right-left) and notes each one's relative salience s_p/s_q (§4.4).</summary>
    private void Split(int p, int q)
    {
        Array.Clear(_groupCounts);
        for (var i = 0; i < _n; i++)
        {
            if (_s[(i * _d) + p] > 0 && _s[(i * _d) + q] > 0)
            {
                var lp = _left[(i * _d) + p];
                var lq = _left[(i * _d) + q];
                var group = lp ? (lq ? 1 : 2) : (lq ? 3 : 0);
                _groups[group][_groupCounts[group]++] = i;
                _relativeSalience[i] = _s[(i * _d) + p] / _s[(i * _d) + q];
            }
        }
    }

    /// <summary>Lists the candidates by (supplier, supply issue) and (supplier, demand issue), each list in generation order.</summary>
    private void BuildIndexes()
    {
        _bySupply.Reset();
        _byDemand.Reset();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var slot = 0; slot < _candidateCount; slot++)
            {
                ref readonly var candidate = ref _candidates[slot];
                int a = candidate.A.Actor, b = candidate.B.Actor, q = candidate.A.Supply, p = candidate.B.Supply;
                if (pass == 0)
                {
                    _bySupply.Count((a * _d) + q);
                    _bySupply.Count((b * _d) + p);
                    _byDemand.Count((a * _d) + p);
                    _byDemand.Count((b * _d) + q);
                }
                else
                {
                    _bySupply.Place((a * _d) + q, slot);
                    _bySupply.Place((b * _d) + p, slot);
                    _byDemand.Place((a * _d) + p, slot);
                    _byDemand.Place((b * _d) + q, slot);
                }
            }

            if (pass == 0)
            {
                _bySupply.Allocate();
                _byDemand.Allocate();
            }
        }
    }

    /// <summary>Makes the candidate table hold at least <paramref name="capacity"/> slots, moving it to a larger pooled array if needed.</summary>
    private void EnsureCapacity(int capacity)
    {
        if (capacity <= _candidates.Length)
        {
            return;
        }

        var bigger = ArrayPool<ExchangeCandidate>.Shared.Rent(Math.Max(capacity, _candidates.Length * 2));
        if (_candidates.Length > 0)
        {
            // Cleared, so that the update-map buffers of its slots are not handed to another renter as well.
            ArrayPool<ExchangeCandidate>.Shared.Return(_candidates, clearArray: true);
        }

        _candidates = bigger;
    }

    private void AddPairs(int first, int second, int p, int q, ref int generation)
    {
        var firstActors = _groups[first].AsSpan(0, _groupCounts[first]);
        var secondActors = _groups[second].AsSpan(0, _groupCounts[second]);
        foreach (var a in firstActors)
        {
            foreach (var b in secondActors)
            {
                // §4.4: the actor with the larger relative salience on p demands p and supplies q (side A).
                var bDemandsP = _relativeSalience[a] < _relativeSalience[b];
                var supplierOfQ = bDemandsP ? b : a;
                var supplierOfP = bDemandsP ? a : b;
                var slot = _candidateCount;
                ref var candidate = ref _candidates[slot];
                candidate.Generation = generation++;
                candidate.A.Start(supplierOfQ, q, _x[(supplierOfQ * _d) + q], _x[(supplierOfP * _d) + q]);
                candidate.B.Start(supplierOfP, p, _x[(supplierOfP * _d) + p], _x[(supplierOfQ * _d) + p]);
                candidate.Stamp = 0;
                candidate.Alive = false;
                if (Compute(ref candidate, false, false))
                {
                    // The slot is kept; an invalid candidate's slot is overwritten by the next one.
                    _candidateCount++;
                    candidate.Alive = true;
                    candidate.History = KeepsHistory ? _history.Add(-1, 0, candidate.RankKey) : -1;
                    _queue.Push(slot, candidate.RankKey, candidate.Generation, candidate.History);
                }
            }
        }
    }
}
