using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Tests.Forecasting;

public class DiscreteDistributionTests
{
    [Fact]
    public void Crps_TwoPoints_MatchesTheIntegralByHand()
    {
        // Given ½ at 0 and ½ at 10, and the outcome 4
        var d = new DiscreteDistribution([(10, 1), (0, 1)]);

        // Then CRPS = ∫ (F − 1{x ≥ 4})² = 0.25·4 + 0.25·6 = 2.5 (= E|X − 4| − ½E|X − X′| = 5 − 2.5)
        Assert.Equal(2.5, d.Crps(4), 12);
        Assert.Equal([0.0, 10.0], d.Positions.ToArray());
        Assert.Equal([0.5, 0.5], d.Probabilities.ToArray());
    }

    [Fact]
    public void Quantile_IsTheSmallestPositionReachingP()
    {
        var d = new DiscreteDistribution([(0, 1), (10, 1), (0, 2)]);

        // Equal positions merge: ¾ at 0, ¼ at 10
        Assert.Equal(0.75, d.ProbabilityOf(0), 12);
        Assert.Equal(0, d.Quantile(0.75));
        Assert.Equal(10, d.Quantile(0.76));
        Assert.Equal(0, d.Quantile(0));
        Assert.Equal(2.5, d.Mean, 12);
    }

    [Fact]
    public void Constructor_NegativeWeight_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new DiscreteDistribution([(1, -1)]));
        Assert.StartsWith("Point (1, -1) needs a finite position and a finite, non-negative weight.", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Crps_EqualsTheIntegralOfTheSquaredCdfGap(NonEmptyArray<NormalFloat> xs, NormalFloat y)
    {
        var points = xs.Get.Select((x, i) => (Math.Round(x.Get % 100), 1.0 + (i % 3))).ToArray();
        var outcome = Math.Round(y.Get % 100, 1);
        var d = new DiscreteDistribution(points);
        return (Math.Abs(d.Crps(outcome) - Integral(d, outcome)) < 1e-9).ToProperty();
    }

    [Property]
    public Property Crps_OfAPointMass_IsTheAbsoluteError(NormalFloat x, NormalFloat y)
    {
        var d = new DiscreteDistribution([(x.Get % 1e6, 1)]);
        return (Math.Abs(d.Crps(y.Get % 1e6) - Math.Abs((x.Get % 1e6) - (y.Get % 1e6))) < 1e-6).ToProperty();
    }

    /// <summary>∫ (F(t) − 1{t ≥ y})² dt, summed over the pieces where both are constant.</summary>
    private static double Integral(DiscreteDistribution d, double y)
    {
        var cuts = d.Positions.Append(y).Distinct().Order().ToArray();
        double total = 0;
        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            var f = d.Positions.Select((x, k) => x <= cuts[i] ? d.Probabilities[k] : 0).Sum();
            var h = cuts[i] >= y ? 1 : 0;
            total += (f - h) * (f - h) * (cuts[i + 1] - cuts[i]);
        }

        return total;
    }
}
