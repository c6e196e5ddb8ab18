namespace Statecraft.Model.Unrest;

/// <content>The end-of-tick legitimacy law (§5.14).</content>
internal sealed partial class UnrestWorld
{
    private void UpdateLegitimacy()
    {
        var law = _options.LegitimacyLaw;
        var above = ActiveCount > _options.OutburstThreshold;
        var context = new LegitimacyContext(
            Tick, QuietCount, ActiveCount, JailedCount, Math.Max(1, Agents), ArrestsThisTick, CumulativeArrests,
            _options.Legitimacy, Baseline, PreviousAboveThreshold && !above);
        PreviousAboveThreshold = above;
        Baseline = law.NextBaseline(Baseline, context);
        context = context with { Baseline = Baseline };
        if (_localLegitimacy is not { } local)
        {
            Legitimacy = Math.Clamp(law.Advance(Legitimacy, context, null), 0, 1);
            return;
        }

        for (var i = 0; i < local.Length; i++)
        {
            local[i] = Math.Clamp(law.Advance(local[i], context, Perceive(i, context)), 0, 1);
        }

        foreach (var site in _arrestSites)
        {
            _lattice.Add(_lattice.ArrestMarks, 0, site % _options.Width, site / _options.Width, -1);
        }

        _arrestSites.Clear();
        Legitimacy = Mean(local);
    }

    /// <summary>Agent i's local consent and arrest visibility; a jailed agent off the lattice perceives the global values.</summary>
    private LocalPerception Perceive(int i, in LegitimacyContext context)
    {
        var x = _x[i];
        var y = _y[i];
        if (x < 0 || _state[i] == Jailed)
        {
            return new LocalPerception(context.Consent, 1.0);
        }

        var self = 1;
        var selfActive = _state[i] == Active ? 1 : 0;
        var (free, activeInView) = _lattice.SumTwo(_lattice.Cells, Lattice.Free, Lattice.Actives, x, y, _agentVision);
        free -= self;
        activeInView -= selfActive;
        var consent = context.Consent;
        if (free > 0)
        {
            consent = (1 - context.JailedShare) * (free - activeInView) / free;
        }

        var visibility = 0.0;
        if (ArrestsThisTick > 0)
        {
            visibility = (double)_lattice.SumClosed(_lattice.ArrestMarks, 0, x, y, _agentVision) / ArrestsThisTick;
        }

        return new LocalPerception(consent, visibility);
    }
}
