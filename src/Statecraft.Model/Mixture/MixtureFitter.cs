using System.Collections.Immutable;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Baselines;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Mixture;

/// <summary>Fits the <c>statecraft</c> model by grid search, cross-validated by proposal (leave one proposal out).</summary>
/// <remarks>
/// <para>A candidate's loss is its total absolute error on the issues with an outcome. The shipped parameters minimise
/// it over all the data. The honest accuracy figure is leave-one-proposal-out: each proposal's issues are forecast with
/// the candidate that minimises the loss on the other proposals, so no issue is ever predicted by parameters chosen on
/// it or on its siblings. The 80% interval is [F + q₁₀, F + q₉₀] from the 10% and 90% quantiles (type 7) of the
/// out-of-sample residuals; its coverage is measured nested (the quantiles for a held-out proposal come from an inner
/// leave-one-out on the others only).</para>
/// <para>Pure and deterministic: sums run in issue and proposal order, ties go to the first candidate. Stateless and thread-safe.</para>
/// </remarks>
public static class MixtureFitter
{
    /// <summary>The lower quantile of the 80% interval.</summary>
    public const double LowQuantile = 0.10;

    /// <summary>The upper quantile of the 80% interval.</summary>
    public const double HighQuantile = 0.90;

    /// <summary>Fits the model on every issue with an outcome.</summary>
    /// <param name="scenario">A scenario whose issues carry outcomes and groups (proposals).</param>
    /// <param name="grid">The candidates; <see cref="MixtureGrid.Default"/> for the shipped parameters.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">Fewer than two groups have a scored issue.</exception>
    public static MixtureFit Fit(Scenario scenario, MixtureGrid grid)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(grid);
        var candidates = grid.Candidates();
        var data = MixtureData.From(scenario, candidates);
        if (data.GroupCount < 2)
        {
            throw new ArgumentException("Cross-validation by proposal needs at least two groups with a scored issue.", nameof(scenario));
        }

        var best = data.Select([]);
        var foldChoice = new int[data.GroupCount];
        var residuals = new double[data.Count];
        for (var p = 0; p < data.GroupCount; p++)
        {
            foldChoice[p] = data.Select([p]);
            foreach (var k in data.Members[p])
            {
                residuals[k] = data.Residual(foldChoice[p], k);
            }
        }

        var (coverage, width) = NestedCoverage(data, foldChoice);
        var parameters = candidates[best] with
        {
            ResidualLow = Quantile(residuals, LowQuantile),
            ResidualHigh = Quantile(residuals, HighQuantile),
        };

        var subsets = BacktestSubsets.Of(scenario);
        var inSample = data.Predictions(_ => best);
        var cv = data.Predictions(p => foldChoice[p]);
        var compromise = new CompromiseModel();
        return new MixtureFit(
            parameters,
            Backtester.Score("statecraft (in sample)", false, scenario, subsets, i => inSample.GetValueOrDefault(i.Id)),
            Backtester.Score("statecraft (leave one proposal out)", false, scenario, subsets, i => cv.GetValueOrDefault(i.Id)),
            Backtester.Score("compromise", false, scenario, subsets, i => data.IsScored(i.Id) ? compromise.Compute(scenario.Slice(i.Id), ModelSettings.Empty) : null),
            Enumerable.Range(0, data.GroupCount).ToImmutableSortedDictionary(p => data.GroupKeys[p], p => candidates[foldChoice[p]], StringComparer.Ordinal),
            coverage,
            width);
    }

    /// <summary>The type-7 quantile (linear interpolation between order statistics) of <paramref name="values"/>.</summary>
    /// <param name="values">The sample; not modified.</param>
    /// <param name="q">The probability. Range: [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentException">The sample is empty.</exception>
    public static double Quantile(IReadOnlyCollection<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(q, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(q, 1.0);
        if (values.Count == 0)
        {
            throw new ArgumentException("The sample is empty.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static (double Coverage, double Width) NestedCoverage(MixtureData data, int[] foldChoice)
    {
        int covered = 0, total = 0;
        double width = 0;
        var inner = new List<double>(data.Count);
        for (var p = 0; p < data.GroupCount; p++)
        {
            inner.Clear();
            for (var q = 0; q < data.GroupCount; q++)
            {
                if (q == p)
                {
                    continue;
                }

                var g = data.Select([p, q]);
                foreach (var k in data.Members[q])
                {
                    inner.Add(data.Residual(g, k));
                }
            }

            var low = Quantile(inner, LowQuantile);
            var high = Quantile(inner, HighQuantile);
            foreach (var k in data.Members[p])
            {
                var (lo, hi) = data.Interval(foldChoice[p], k, low, high);
                covered += data.Outcome(k) >= lo && data.Outcome(k) <= hi ? 1 : 0;
                width += (hi - lo) * data.Scale(k);
                total++;
            }
        }

        return ((double)covered / total, width / total);
    }
}
