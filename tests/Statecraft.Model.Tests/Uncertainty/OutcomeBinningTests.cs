using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class OutcomeBinningTests
{
    [Fact]
    public void Create_LabelsInsideAndAtEnds_CutsAtInteriorLabelsOnly()
    {
        // Given
        var scale = new IssueScale(0, 100, [new ScaleLabel(100, "lasting"), new ScaleLabel(0, "war"), new ScaleLabel(25, "truce"), new ScaleLabel(75, "deal")]);

        // When
        var binning = OutcomeBinning.Create(scale, 10);

        // Then
        Assert.Equal(
            [new RegionBounds(0, 25, "war", "truce"), new RegionBounds(25, 75, "truce", "deal"), new RegionBounds(75, 100, "deal", "lasting")],
            binning.Regions.ToArray());
        Assert.Equal("'war' to 'truce'", binning.Regions[0].Name);
        Assert.Equal(0, binning.RegionOf(0));
        Assert.Equal(0, binning.RegionOf(24.999));
        Assert.Equal(1, binning.RegionOf(25));
        Assert.Equal(2, binning.RegionOf(75));
        Assert.Equal(2, binning.RegionOf(100));
    }

    [Fact]
    public void Create_NoInteriorLabel_CutsAtTheMidpoint()
    {
        var binning = OutcomeBinning.Create(new IssueScale(-1, 3, [new ScaleLabel(-1, "low")]), 4);
        Assert.Equal([new RegionBounds(-1, 1, "low", null), new RegionBounds(1, 3, null, null)], binning.Regions.ToArray());
        Assert.Equal("'low' to 1", binning.Regions[0].Name);
        Assert.Equal(1, binning.RegionOf(1));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4.999, 0)]
    [InlineData(5, 1)]
    [InlineData(99.99, 19)]
    [InlineData(100, 19)]
    [InlineData(-3, 0)]
    [InlineData(103, 19)]
    public void BinOf_TwentyBins_HalfOpenBinsLastClosed(double value, int expected)
    {
        Assert.Equal(expected, OutcomeBinning.Create(IssueScale.Percent, 20).BinOf(value));
    }

    [Property(MaxTest = 100)]
    public void Combine_TwoHalves_SameCountsAndMeanAsOneTally(double[] values, byte split)
    {
        // Given
        var finite = values.Where(double.IsFinite).Select(v => Math.Clamp(v, -1e6, 1e6)).ToArray();
        var binning = OutcomeBinning.Create(IssueScale.Percent, 8);
        var k = finite.Length == 0 ? 0 : split % (finite.Length + 1);
        var whole = new OutcomeAccumulator(binning);
        var left = new OutcomeAccumulator(binning);
        var right = new OutcomeAccumulator(binning);

        // When
        foreach (var v in finite)
        {
            whole.Add(v);
        }

        foreach (var v in finite[..k])
        {
            left.Add(v);
        }

        foreach (var v in finite[k..])
        {
            right.Add(v);
        }

        right.Add(null);
        var merged = OutcomeAccumulator.Combine(left, right);

        // Then
        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(1, merged.Undefined);
        Assert.Equal(whole.BinCounts.ToArray(), merged.BinCounts.ToArray());
        Assert.Equal(whole.RegionCounts.ToArray(), merged.RegionCounts.ToArray());
        Assert.Equal(whole.Minimum, merged.Minimum);
        Assert.Equal(whole.Maximum, merged.Maximum);
        if (finite.Length > 0)
        {
            // Welford and Chan agree to rounding: a few ulps of the largest magnitude.
            Assert.True(Math.Abs(whole.Mean - merged.Mean) <= 1e-12 * Math.Max(1, finite.Max(Math.Abs)));
        }
    }

    [Fact]
    public void Quantiles_HandComputedDefinition7()
    {
        double[] sorted = [1, 2, 3, 4, 10];
        Assert.Equal(1.4, Quantiles.FromSorted(sorted, 0.1), 12);
        Assert.Equal(3, Quantiles.FromSorted(sorted, 0.5));
        Assert.Equal(7.6, Quantiles.FromSorted(sorted, 0.9), 12);
        Assert.Equal(10, Quantiles.FromSorted(sorted, 1));
        Assert.True(double.IsNaN(Quantiles.FromSorted([], 0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.FromSorted(sorted, double.NaN));
    }
}
