namespace Statecraft.Model.Unrest;

/// <content>The arrest probability of rule A.</content>
internal sealed partial class UnrestWorld
{
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
