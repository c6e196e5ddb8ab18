using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Assessment.Tests;

public sealed class OutcomeShapeTests
{
    private static OutcomeDistribution Distribution(IEnumerable<double> samples)
    {
        var s = samples.ToArray();
        var binning = OutcomeBinning.Create(IssueScale.Percent, 20);
        var acc = new OutcomeAccumulator(binning);
        foreach (var v in s)
        {
            acc.Add(v);
        }

        var bins = acc.BinCounts.ToArray();
        return new OutcomeDistribution("x")
        {
            Defined = s.Length,
            Samples = [.. s],
            Histogram = [.. bins.Select((c, b) => new HistogramBin(binning.BinEdge(b), binning.BinEdge(b + 1), c, (double)c / s.Length))],
        };
    }

    private static IEnumerable<double> Cluster(double centre, int count) =>
        Enumerable.Range(0, count).Select(k => centre + (6.0 * (k - (count / 2)) / count));

    [Fact]
    public void Modes_TwoSeparatedClusters_NamesBothWithTheirShares()
    {
        // Given: 600 runs near 15 and 400 near 80, nothing between
        var d = Distribution(Cluster(15, 600).Concat(Cluster(80, 400)));

        // When
        var modes = OutcomeShape.Modes(d);

        // Then
        Assert.Equal(2, modes.Length);
        Assert.Equal(0.6, modes[0].Share, 12);
        Assert.Equal(0.4, modes[1].Share, 12);
        Assert.InRange(modes[0].Centre, 14, 16);
        Assert.InRange(modes[1].Centre, 79, 81);
    }

    [Fact]
    public void Modes_OneCluster_IsUnimodal()
    {
        // Given
        var d = Distribution(Cluster(55, 1000));

        // When
        var modes = OutcomeShape.Modes(d);

        // Then
        Assert.Equal([new OutcomeMode(0, 100, modes[0].Centre, 1)], modes.ToArray());
    }

    [Fact]
    public void Modes_SmallBump_BelowTheMinimumShare_IsMergedIntoItsNeighbour()
    {
        // Given: a 6% bump far from a 94% cluster
        var d = Distribution(Cluster(20, 940).Concat(Cluster(90, 60)));

        // When
        var modes = OutcomeShape.Modes(d);

        // Then
        Assert.Single(modes);
        Assert.Equal(1, modes[0].Share, 12);
    }

    [Fact]
    public void Modes_ShallowValley_DoesNotSplit()
    {
        // Given: two peaks whose valley holds more than half the lower peak
        var samples = new List<double>();
        samples.AddRange(Enumerable.Repeat(42.5, 200));
        samples.AddRange(Enumerable.Repeat(47.5, 150));
        samples.AddRange(Enumerable.Repeat(52.5, 180));
        var d = Distribution(samples);

        // When
        var modes = OutcomeShape.Modes(d);

        // Then
        Assert.Single(modes);
    }

    [Fact]
    public void Modes_NoDefinedRun_IsEmpty()
    {
        Assert.Empty(OutcomeShape.Modes(new OutcomeDistribution("x") { Samples = [double.NaN], Histogram = ImmutableArray<HistogramBin>.Empty }));
    }
}
