using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>Oracle 6 of §7.5: cell counts of each vision metric, own site excluded.</summary>
public class VisionNeighbourhoodTests
{
    [Theory]
    [InlineData(7.0, VisionMetric.EuclideanDisc, 148)]
    [InlineData(1.7, VisionMetric.EuclideanDisc, 8)]
    [InlineData(7.0, VisionMetric.VonNeumann, 112)]
    [InlineData(7.0, VisionMetric.Moore, 224)]
    [InlineData(1.0, VisionMetric.EuclideanDisc, 4)]
    [InlineData(0.0, VisionMetric.EuclideanDisc, 0)]
    public void Create_PublishedRadius_HasPublishedCellCount(double radius, VisionMetric metric, int cells)
    {
        var vision = VisionNeighbourhood.Create(radius, metric);
        Assert.Equal(cells, vision.CellCount);
    }

    [Fact]
    public void Create_Disc_ContainsExactlyTheCellsWithinTheRadius()
    {
        // Given a radius, When the disc is built, Then it matches a brute-force enumeration of dx² + dy² ≤ v².
        foreach (var radius in new[] { 1.7, 2.5, 3.0, 7.0, 7.9 })
        {
            var vision = VisionNeighbourhood.Create(radius, VisionMetric.EuclideanDisc);
            var expected = new List<(int, int)>();
            for (var dy = -8; dy <= 8; dy++)
            {
                for (var dx = -8; dx <= 8; dx++)
                {
                    if ((dx != 0 || dy != 0) && (dx * dx) + (dy * dy) <= radius * radius)
                    {
                        expected.Add((dx, dy));
                    }
                }
            }

            var actual = vision.OffsetDx.Zip(vision.OffsetDy).Select(p => (p.First, p.Second)).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Create_NegativeRadius_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VisionNeighbourhood.Create(-1, VisionMetric.Moore));
        Assert.Throws<ArgumentOutOfRangeException>(() => VisionNeighbourhood.Create(double.NaN, VisionMetric.Moore));
    }
}
