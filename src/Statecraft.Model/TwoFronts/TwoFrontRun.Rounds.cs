using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest;

namespace Statecraft.Model.TwoFronts;

/// <content>Bargaining read-out, settlement, the legitimacy shock and the arena (§6.3–§6.4).</content>
internal sealed partial class TwoFrontRun
{
    private Scenario BuildScenario()
    {
        var actors = _scenario.Actors.Select(a => a.Id == _regime ? a with { Capability = RegimeCapability(a.Capability) } : a);
        var stances = _scenario.Stances.Select(s =>
        {
            var issue = _scenario.FindIssue(s.IssueId)!;
            var x = Math.Clamp(_position[(s.IssueId, s.ActorId)], issue.Scale.Min, issue.Scale.Max);
            if (s.ActorId != _regime)
            {
                return s with { Position = x };
            }

            return s with
            {
                Position = x,
                Salience = _salience.TryGetValue(s.IssueId, out var sal) ? sal : s.Salience,
                Capability = s.Capability is { } c ? RegimeCapability(c) : null,
            };
        }).ToList();
        NormaliseSpatialSaliences(stances);
        return _scenario.WithActors(actors, stances);
    }

    private double RegimeCapability(double c0) => _capabilityFactor > 0 ? c0 * _capabilityFactor : 1e-9 * c0;

    // KTAB requires a total salience of at most 1 per actor (§6.6): rescale the regime's when σ pushes it over.
    private void NormaliseSpatialSaliences(List<Stance> stances)
    {
        if (_model.Name != "smp" || _regime is null)
        {
            return;
        }

        var total = stances.Where(s => s.ActorId == _regime).Sum(s => s.Salience);
        if (total > 1)
        {
            for (var k = 0; k < stances.Count; k++)
            {
                if (stances[k].ActorId == _regime)
                {
                    stances[k] = stances[k] with { Salience = stances[k].Salience / total };
                }
            }
        }
    }

    private void ReadRound(Forecast forecast, int index)
    {
        foreach (var f in forecast.Issues)
        {
            if (f.Rounds.IsDefaultOrEmpty)
            {
                _forecast[f.IssueId] = null;
                continue;
            }

            var snapshot = f.Rounds[Math.Min(index, f.Rounds.Length - 1)];
            foreach (var p in snapshot.Positions)
            {
                _position[(f.IssueId, p.ActorId)] = p.Value;
            }

            _forecast[f.IssueId] = _o.ForecastStatistic switch
            {
                ForecastStatistic.Median => snapshot.Median,
                ForecastStatistic.Mean => snapshot.Mean,
                _ => ModelForecast(f, index),
            };
        }
    }

    // The model's own forecast after `index` rounds: its value after the last snapshot, and before it (only round 0 of a
    // dynamic model) the snapshot statistic the model names as its per-round forecast.
    private static double? ModelForecast(IssueForecast f, int index)
    {
        if (index >= f.Rounds.Length - 1)
        {
            return f.Value;
        }

        var snapshot = f.Rounds[index];
        return f.RoundForecast == SnapshotStatistic.Mean ? snapshot.Mean : snapshot.Median;
    }

    private void CheckSettlement(int round)
    {
        foreach (var issue in _scenario.Issues)
        {
            if (issue.Conflict is { } c && !_settled.Contains(issue.Id) && _forecast.GetValueOrDefault(issue.Id) is { } f
                && Math.Abs(f - c.SettlementPoint) <= _o.SettlementTolerance * issue.Scale.Range)
            {
                _settled.Add(issue.Id);
                _events.Add(new TwoFrontEvent(round, null, "ceasefire", issue.Id, $"forecast {f:0.##} within {_o.SettlementTolerance:0.###} of the range of the settlement point {c.SettlementPoint:0.##}"));
            }
        }
    }

    /// <summary>Δ_t = Σ_i s_{g,i,t}·(|F_{i,t} − x⁰_{g,i}| − |F_{i,t−1} − x⁰_{g,i}|)/range_i.</summary>
    private double LostGround(Dictionary<string, double?> previous)
    {
        var delta = 0.0;
        foreach (var issue in _scenario.Issues)
        {
            if (!_regimeStart.TryGetValue(issue.Id, out var x0) || issue.Scale.Range <= 0
                || _forecast.GetValueOrDefault(issue.Id) is not { } now || previous.GetValueOrDefault(issue.Id) is not { } before)
            {
                continue;
            }

            delta += _salience[issue.Id] * (Math.Abs(now - x0) - Math.Abs(before - x0)) / issue.Scale.Range;
        }

        return delta;
    }

    /// <summary>K_t = Σ over armed issues involving the regime of C_{i,g,t}/c⁰_g.</summary>
    private double Burden()
    {
        if (_regime is null)
        {
            return 0;
        }

        var k = 0.0;
        foreach (var issue in _scenario.Issues)
        {
            if (_cost.TryGetValue((issue.Id, _regime), out var c))
            {
                k += c / _capability0[(issue.Id, _regime)];
            }
        }

        return k;
    }

    private ImmutableArray<UnrestTick> PlayArena(int round, double lost, double burden)
    {
        if (_arena is null)
        {
            return [];
        }

        var threshold = 1 - _arenaOptions!.Threshold;
        var before = _arena.Counts.Legitimacy;
        _arena.ApplyLegitimacyShock(_o.Alpha * lost);
        CrossingEvents(round, null, before, _arena.Counts.Legitimacy, threshold);
        _arena.HardshipFactor = 1 + (_o.Eta * burden);
        var ticks = ImmutableArray.CreateBuilder<UnrestTick>(_o.TicksPerRound);
        double activeSum = 0, jailedSum = 0;
        for (var k = 0; k < _o.TicksPerRound; k++)
        {
            var l = _arena.Counts.Legitimacy;
            var tick = _arena.Step();
            ticks.Add(tick);
            activeSum += tick.Active;
            jailedSum += tick.Jailed;
            CrossingEvents(round, tick.Tick, l, tick.Legitimacy, threshold);
            OutburstEvents(round, tick);
        }

        var now = _arena.Counts;
        var n = Math.Max(1, now.Agents);
        (_activeShare, _jailedShare) = _o.ShareMeasure == ShareMeasure.RoundMean && _o.TicksPerRound > 0
            ? (activeSum / _o.TicksPerRound / n, jailedSum / _o.TicksPerRound / n)
            : ((double)now.Active / n, (double)now.Jailed / n);
        return ticks.MoveToImmutable();
    }

    private void CrossingEvents(int round, int? tick, double before, double after, double threshold)
    {
        if (before >= threshold && after < threshold)
        {
            _events.Add(new TwoFrontEvent(round, tick, "legitimacy-below", _regime, $"L = {after:0.###} fell below 1 − T = {threshold:0.##}: latent rebellion is possible"));
        }
        else if (before < threshold && after >= threshold)
        {
            _events.Add(new TwoFrontEvent(round, tick, "legitimacy-above", _regime, $"L = {after:0.###} rose to 1 − T = {threshold:0.##} or above: no one can be active"));
        }
    }

    private void OutburstEvents(int round, UnrestTick tick)
    {
        var above = tick.Active > _arenaOptions!.OutburstThreshold;
        if (above && !_inOutburst)
        {
            (_inOutburst, _outburstStart, _outburstPeak, _outburstTotal) = (true, tick.Tick, 0, 0);
            _events.Add(new TwoFrontEvent(round, tick.Tick, "outburst-start", _regime, $"{tick.Active} actives"));
        }

        if (above)
        {
            _outburstPeak = Math.Max(_outburstPeak, tick.Active);
            _outburstTotal += tick.Active;
        }
        else if (_inOutburst)
        {
            _inOutburst = false;
            _events.Add(new TwoFrontEvent(round, tick.Tick, "outburst-end", _regime, $"ticks {_outburstStart}–{tick.Tick - 1}, peak {_outburstPeak}, total activation {_outburstTotal}"));
        }
    }

    private TwoFrontRound Snapshot(int round, Forecast forecast, int index, ImmutableArray<UnrestTick> ticks, double burden, double lost)
    {
        var issues = ImmutableArray.CreateBuilder<TwoFrontIssueRound>(_scenario.Issues.Length);
        foreach (var issue in _scenario.Issues)
        {
            var f = forecast.For(issue.Id);
            var positions = f is null || f.Rounds.IsDefaultOrEmpty ? [] : f.Rounds[Math.Min(index, f.Rounds.Length - 1)].Positions;
            var item = new TwoFrontIssueRound(
                issue.Id,
                _forecast.GetValueOrDefault(issue.Id),
                f?.Value,
                positions,
                _salience.TryGetValue(issue.Id, out var s) ? s : null,
                _settled.Contains(issue.Id));
            if (issue.Conflict is { } conflict)
            {
                item = item with
                {
                    CumulativeCosts = [.. conflict.Involved.Select(a => new ActorValue(a, _cost[(issue.Id, a)]))],
                    Exhaustion = [.. conflict.Involved.Select(a => new ActorValue(a, Math.Min(1, _cost[(issue.Id, a)] / _capability0[(issue.Id, a)])))],
                };
            }

            issues.Add(item);
        }

        double? capability = _regime is null ? null : RegimeCapability(_scenario.FindActor(_regime)!.Capability);
        double? legitimacy = _arena is null ? null : (ticks.IsDefaultOrEmpty ? _arena.Counts.Legitimacy : ticks[0].Legitimacy);
        return new TwoFrontRound(round, issues.MoveToImmutable(), capability, burden, lost, legitimacy, ticks);
    }
}
