namespace Statecraft.Model.Unrest;

/// <content>Keeping the per-site counts and the vision sums in step, and the arrest probability of rule A.</content>
internal sealed partial class UnrestWorld
{
    /// <summary>Adds <paramref name="delta"/> cops at (x, y) to the lattice and to the vision sums.</summary>
    private void AddCops(int x, int y, int delta)
    {
        _lattice.Add(Lattice.Cops, x, y, delta);
        _seen?.AddCop(x, y, delta);
    }

    /// <summary>Adds <paramref name="delta"/> free actives at (x, y) to the lattice and to the vision sums.</summary>
    private void AddActives(int x, int y, int delta)
    {
        _lattice.Add(Lattice.Actives, x, y, delta);
        _seen?.AddActive(x, y, delta);
    }

    /// <summary>P = 1 − exp(−k·f(C/A)), read from the table of integer ratios when the rule rounds (the same doubles <see cref="ArrestProbability.Compute"/> returns).</summary>
    private double ArrestProbabilityOf(int cops, int actives)
    {
        if (_arrestProbability is { } table)
        {
            // With A = 1 every rounding rule gives f = C; that is the common case (a quiet agent with no active in view).
            var f = actives == 1 ? cops : ArrestProbability.Ratio(cops, actives, _options.ArrestRatioRule);
            if (f < table.Length)
            {
                return table[(int)f];
            }
        }

        return ArrestProbability.Compute(cops, actives, _options.K, _options.ArrestRatioRule);
    }
}
