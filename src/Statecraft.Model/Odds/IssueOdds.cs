using System.Collections.Immutable;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Baselines;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Odds;

/// <summary>What the <c>statecraft</c> model reads from one issue before any calibration: the compromise, the qualified-majority forecast, the point forecast and the positions held.</summary>
/// <remarks>
/// <para>With weights w_k = c_k·s_k (§1.2) the compromise is C = Σ w x / Σ w (§1.3). The Council side at a
/// position x holds the share of the Council members' capability (not salience: votes are cast whole) at x among the
/// Council members counted on the issue. If one position holds at least the qualified-majority share, the
/// qualified-majority forecast M is that position, else M = C. The point forecast is the equal-weight ensemble
/// F = (C + M) / 2. Held positions carry their share W(x)/W of the total weight. Equal positions are exactly equal
/// (§1.4).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Slice">The issue's counted actors.</param>
/// <param name="Compromise">C, the weighted mean.</param>
/// <param name="Majority">M, the position of a Council side holding a qualified majority, or C.</param>
/// <param name="MajorityShare">The largest share of the Council's capability at one position (0 without Council members).</param>
/// <param name="Held">The distinct positions held, ascending, with their share of the total weight.</param>
public sealed record IssueOdds(IssueSlice Slice, double Compromise, double Majority, double MajorityShare, ImmutableArray<(double Position, double Share)> Held)
{
    /// <summary>Gets the point forecast F = (C + M) / 2.</summary>
    public double Point => (Compromise + Majority) / 2;

    /// <summary>Gets whether a Council side holds a qualified majority (M is its position).</summary>
    public bool HasQualifiedMajority { get; init; }

    /// <summary>Reads an issue, or returns <see langword="null"/> when nobody has positive weight.</summary>
    /// <param name="slice">The issue's counted actors.</param>
    /// <param name="rules">The qualified-majority share and the non-Council actors.</param>
    /// <returns>The issue's odds inputs, or <see langword="null"/>.</returns>
    public static IssueOdds? Of(IssueSlice slice, OddsRules rules)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(rules);
        var w = slice.Weights();
        var compromise = WeightedStatistics.WeightedMean(slice.Positions.AsSpan(), w);
        if (compromise is not { } c)
        {
            return null;
        }

        var total = w.Sum();
        var held = new List<(double Position, double Weight)>();
        var council = new List<(double Position, double Weight)>();
        double councilTotal = 0;
        for (var k = 0; k < slice.Count; k++)
        {
            Add(held, slice.Positions[k], w[k]);
            if (rules.IsCouncil(slice.ActorIds[k]))
            {
                Add(council, slice.Positions[k], slice.Capabilities[k]);
                councilTotal += slice.Capabilities[k];
            }
        }

        double majority = c, share = 0;
        var qualified = false;
        foreach (var (x, weight) in council)
        {
            var s = weight / councilTotal;
            if (s > share)
            {
                share = s;
                if (s >= rules.QualifiedMajority)
                {
                    majority = x;
                    qualified = true;
                }
            }
        }

        return new IssueOdds(slice, c, majority, share, [.. held.Where(h => h.Weight > 0).OrderBy(h => h.Position).Select(h => (h.Position, h.Weight / total))])
        {
            HasQualifiedMajority = qualified,
        };
    }

    /// <summary>Returns the forecast distribution and 80% interval under a calibration.</summary>
    /// <param name="calibration">The shares of outcomes at held positions and the status quo, the residuals and the interval's tail.</param>
    /// <returns>The forecast: λ_held·W(x)/W at each held position x, λ_sq at the reference point (when the issue has one),
    /// and the rest spread equally over C + r for each residual r (the compromise region), clamped to the scale; the
    /// interval is [Q(τ), Q(1 − τ)].</returns>
    public IntervalForecast Forecast(OddsCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var distribution = Distribution(calibration);
        return new IntervalForecast(distribution, distribution.Quantile(calibration.Tail), distribution.Quantile(1 - calibration.Tail));
    }

    /// <summary>Returns the forecast distribution under a calibration (see <see cref="Forecast"/>).</summary>
    /// <param name="calibration">The calibration.</param>
    /// <returns>The distribution.</returns>
    public DiscreteDistribution Distribution(OddsCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        var scale = Slice.Issue.Scale;
        var statusQuo = Slice.Issue.ReferencePoint is null ? 0 : calibration.StatusQuoShare;
        var region = Math.Max(0, 1 - calibration.HeldShare - statusQuo);
        var points = new List<(double, double)>(Held.Length + calibration.Residuals.Length + 1);
        foreach (var (x, s) in Held)
        {
            points.Add((x, calibration.HeldShare * s));
        }

        if (Slice.Issue.ReferencePoint is { } d)
        {
            points.Add((d, statusQuo));
        }

        var unit = scale.Range / 100;
        var each = region / calibration.Residuals.Length;
        foreach (var r in calibration.Residuals)
        {
            points.Add((Math.Clamp(Compromise + (r * unit), scale.Min, scale.Max), each));
        }

        return new DiscreteDistribution(points);
    }

    private static void Add(List<(double Position, double Weight)> byPosition, double x, double weight)
    {
        // Summed in actor order per position, so the result does not depend on how positions are sorted.
        var i = byPosition.FindIndex(p => p.Position == x);
        if (i < 0)
        {
            byPosition.Add((x, weight));
        }
        else
        {
            byPosition[i] = (x, byPosition[i].Weight + weight);
        }
    }
}
