using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Baselines;

namespace Statecraft.Model.Tests.Baselines;

public class WeightedStatisticsTests
{
    [Fact]
    public void WeightedMean_HandComputed_MatchesFormula()
    {
        // Given positions 0, 50, 100 with weights c·s = 1·1, 2·0.5, 4·0.25 = 1, 1, 1
        double[] x = [0, 50, 100];
        double[] w = [1 * 1.0, 2 * 0.5, 4 * 0.25];

        // When / Then: (0 + 50 + 100) / 3
        Assert.Equal(50.0, WeightedStatistics.WeightedMean(x, w));
    }

    [Fact]
    public void WeightedMean_EmissionCase_MatchesBdm1994Mean()
    {
        // Given the EC car-emission table (Bueno de Mesquita 1994, table p. 78)
        var (x, w) = EmissionCase();

        // When
        var mean = WeightedStatistics.WeightedMean(x, w)!.Value;

        // Then: Σ c s x / Σ c s = 5.003 / .677 ≈ 7.39 (hand sum of the table in the comment below).
        Assert.Equal(EmissionMean, mean, 12);
        Assert.Equal(5.003 / .677, mean, 12);
    }

    [Fact]
    public void WeightedMean_NoWeight_IsUndefinedNotZero()
    {
        Assert.Null(WeightedStatistics.WeightedMean([10, 20], [0, 0]));
        Assert.Null(WeightedStatistics.WeightedMean([], []));
    }

    [Fact]
    public void WeightedMean_DifferentLengths_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => WeightedStatistics.WeightedMean([1, 2], [1]));
        Assert.StartsWith("Positions (2) and weights (1) differ in length.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerWeightedMedian_ExactHalf_ReturnsLowerPosition()
    {
        // Given half the weight at 10 and half at 20 (§1.4 tie rule)
        // Then the lower weighted median is 10
        Assert.Equal(10.0, WeightedStatistics.LowerWeightedMedian([20, 10], [1, 1]));
        Assert.Equal(10.0, WeightedStatistics.VoteScanMedian([20, 10], [1, 1]));
    }

    [Fact]
    public void LowerWeightedMedian_HalfUpToRounding_SameForEveryOrderOfTheActors()
    {
        // Given: W(≤ 30) = 6.0125 + 0.225 + 2.125 = 8.3625 = W/2 in exact arithmetic; summed in the order the actors
        // were listed, the total once rounded so that one order gave 30 and another 40
        double[] positions = [40, 30, 40, 20, 30];
        double[] weights = [4.8125, 0.225, 3.55, 6.0125, 2.125];

        // When: every one of the 120 orders
        var medians = Permutations(5).Select(p => WeightedStatistics.LowerWeightedMedian([.. p.Select(k => positions[k])], [.. p.Select(k => weights[k])])).Distinct().ToList();

        // Then
        Assert.Equal([30.0], medians);
    }

    private static IEnumerable<int[]> Permutations(int n) =>
        n == 0 ? [[]] : Permutations(n - 1).SelectMany(p => Enumerable.Range(0, n).Select(at => (int[])[.. p[..at], n - 1, .. p[at..]]));

    [Fact]
    public void LowerWeightedMedian_HeavyActor_Dominates()
    {
        Assert.Equal(90.0, WeightedStatistics.LowerWeightedMedian([0, 10, 90], [1, 1, 3]));
    }

    [Fact]
    public void Median_EvenCount_AveragesMiddleValues()
    {
        Assert.Equal(25.0, WeightedStatistics.Median([0, 20, 30, 100]));
        Assert.Equal(20.0, WeightedStatistics.Median([100, 20, 0]));
        Assert.Null(WeightedStatistics.Median([]));
    }

    [Fact]
    public void Medians_EmissionCase_BothFormsGiveSeven()
    {
        // Weights c·s at 4: .064+.006+.128+.05 = .248; at 7: .032+.005+.056 = .093; at 10: .336; total .677.
        // W(≤ 4) = .248 < .3385 ≤ W(≤ 7) = .341, so the lower weighted median is 7 (the round-0 median, §7.1).
        var (x, w) = EmissionCase();
        Assert.Equal(7.0, WeightedStatistics.LowerWeightedMedian(x, w));
        Assert.Equal(7.0, WeightedStatistics.VoteScanMedian(x, w));
    }

    [Property(MaxTest = 300)]
    public Property Medians_SortedAndVoteScan_AgreeOnIntegerWeights(int[] rawPositions, int[] rawWeights)
    {
        var n = Math.Min(rawPositions.Length, rawWeights.Length);
        var x = rawPositions.Take(n).Select(v => (double)(Math.Abs(v % 20))).ToArray();
        var w = rawWeights.Take(n).Select(v => (double)(1 + Math.Abs(v % 5))).ToArray();

        // Integer weights make W(≤ p) = W/2 exact, so both forms must agree (§1.4).
        return (WeightedStatistics.LowerWeightedMedian(x, w) == WeightedStatistics.VoteScanMedian(x, w)).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property WeightedMean_StaysWithinRangeOfPositions(NormalFloat[] raw)
    {
        var x = raw.Select(v => Math.Clamp(v.Get, -1e6, 1e6)).ToArray();
        var w = x.Select((_, k) => 0.5 + k).ToArray();
        var mean = WeightedStatistics.WeightedMean(x, w);
        return (x.Length == 0 ? mean is null : mean >= x.Min() - 1e-9 && mean <= x.Max() + 1e-9).ToProperty();
    }

    // Bueno de Mesquita (1994), table p. 78, as in tests/data/bdm/emission_bdm1994.csv:
    // NL .08 4 .8; BE .08 7 .4; LU .03 4 .2; DE .16 4 .8; FR .16 10 .6; IT .16 10 .6; UK .16 10 .9;
    // IE .05 7 .1; DK .05 4 1.0; EL .08 7 .7.
    internal const double EmissionMean =
        ((.08 * .8 * 4) + (.08 * .4 * 7) + (.03 * .2 * 4) + (.16 * .8 * 4) + (.16 * .6 * 10) + (.16 * .6 * 10) + (.16 * .9 * 10) + (.05 * .1 * 7) + (.05 * 1.0 * 4) + (.08 * .7 * 7))
        / ((.08 * .8) + (.08 * .4) + (.03 * .2) + (.16 * .8) + (.16 * .6) + (.16 * .6) + (.16 * .9) + (.05 * .1) + (.05 * 1.0) + (.08 * .7));

    internal static (double[] X, double[] W) EmissionCase()
    {
        double[] c = [.08, .08, .03, .16, .16, .16, .16, .05, .05, .08];
        double[] x = [4, 7, 4, 4, 10, 10, 10, 7, 4, 7];
        double[] s = [.8, .4, .2, .8, .6, .6, .9, .1, 1.0, .7];
        return (x, c.Zip(s, (ci, si) => ci * si).ToArray());
    }
}
