using System.Collections.Immutable;

namespace Statecraft.Model.Odds;

/// <summary>The calibration of the <c>statecraft</c> model's forecast distribution, fitted on issues with known outcomes.</summary>
/// <remarks>
/// <para>Fitted by <see cref="Fit"/>: <see cref="HeldShare"/> is the share of outcomes exactly at a position some counted
/// actor held; <see cref="StatusQuoShare"/> the share exactly at the reference point and at no held position;
/// <see cref="Residuals"/> the outcomes minus the compromise, on 0–100; <see cref="Tail"/> the tail probability τ
/// ∈ {0.05, 0.06, …, 0.30} whose interval [Q(τ), Q(1 − τ)] covers the share of the fitted outcomes closest to 80%
/// (ties: the smaller τ, the wider interval). Nothing depends on the number of actors or their vote counts.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="HeldShare">λ_held, the probability that the outcome is a held position. Range: [0, 1].</param>
/// <param name="StatusQuoShare">λ_sq, the probability that it is the reference point (when the issue has one). Range: [0, 1].</param>
/// <param name="Tail">τ, the probability below the 80% interval's lower end (and above its upper end). Range: (0, 0.5).</param>
/// <param name="Residuals">Outcome − compromise on 0–100, ascending; the shape of the compromise region. At least one.</param>
public sealed record OddsCalibration(double HeldShare, double StatusQuoShare, double Tail, ImmutableArray<double> Residuals)
{
    /// <summary>The nominal coverage of the interval.</summary>
    public const double Coverage = 0.80;

    /// <summary>Gets the τ values <see cref="Fit"/> chooses from: 0.05, 0.06, …, 0.30.</summary>
    public static ImmutableArray<double> Tails { get; } = [.. Enumerable.Range(5, 26).Select(t => t / 100.0)];

    /// <summary>Gets the calibration fitted on the 172 issues with an outcome of the EU-15 part of DEU II (Thomson et al. 2012), vote-weight capabilities.</summary>
    /// <remarks>Reproduced by a test that refits it on tests/data/deu2/DEU2-EU15.csv; the residuals are rounded to 4 decimals.</remarks>
    public static OddsCalibration Eu15 { get; } = new(Eu15Calibration.HeldShare, Eu15Calibration.StatusQuoShare, Eu15Calibration.Tail, Eu15Calibration.Residuals);

    /// <summary>Fits the calibration on issues with known outcomes.</summary>
    /// <param name="cases">Each issue's odds inputs and its outcome.</param>
    /// <returns>The calibration.</returns>
    /// <exception cref="ArgumentException">There are no cases.</exception>
    public static OddsCalibration Fit(IReadOnlyList<(IssueOdds Odds, double Outcome)> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (cases.Count == 0)
        {
            throw new ArgumentException("The calibration needs at least one issue with an outcome.", nameof(cases));
        }

        int held = 0, statusQuo = 0;
        var residuals = new double[cases.Count];
        for (var k = 0; k < cases.Count; k++)
        {
            var (odds, y) = cases[k];
            residuals[k] = (y - odds.Compromise) * 100 / odds.Slice.Issue.Scale.Range;
            if (odds.Held.Any(h => h.Position == y))
            {
                held++;
            }
            else if (odds.Slice.Issue.ReferencePoint == y)
            {
                statusQuo++;
            }
        }

        Array.Sort(residuals);
        var shares = new OddsCalibration((double)held / cases.Count, (double)statusQuo / cases.Count, Tails[0], [.. residuals]);
        var distributions = cases.Select(c => c.Odds.Distribution(shares)).ToArray();
        var best = Tails[0];
        var bestGap = double.PositiveInfinity;
        foreach (var tail in Tails)
        {
            var covered = 0;
            for (var k = 0; k < cases.Count; k++)
            {
                var y = cases[k].Outcome;
                covered += y >= distributions[k].Quantile(tail) && y <= distributions[k].Quantile(1 - tail) ? 1 : 0;
            }

            var gap = Math.Abs(((double)covered / cases.Count) - Coverage);
            if (gap < bestGap - 1e-12)
            {
                bestGap = gap;
                best = tail;
            }
        }

        return shares with { Tail = best };
    }
}
