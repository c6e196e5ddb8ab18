using System.Collections.Immutable;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>The sites an actor sees from its own site: integer offsets within a vision radius, own site excluded.</summary>
/// <remarks>
/// <para>§5.8. Every supported metric is symmetric and convex along rows, so the neighbourhood is a stack
/// of horizontal segments, one per row offset dy, each of half-width <see cref="RowHalfWidths"/>[dy + Reach]; the
/// lattice counts actors in it one segment at a time.</para>
/// <para>Cell counts (own site excluded): disc r = 7 → 148, r = 1.7 → 8; von Neumann 7 → 112; Moore 7 → 224.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record VisionNeighbourhood
{
    private VisionNeighbourhood(double radius, VisionMetric metric, ImmutableArray<int> halfWidths, ImmutableArray<int> dx, ImmutableArray<int> dy)
    {
        Radius = radius;
        Metric = metric;
        RowHalfWidths = halfWidths;
        OffsetDx = dx;
        OffsetDy = dy;
    }

    /// <summary>Gets the vision radius v. Range: v ≥ 0.</summary>
    public double Radius { get; }

    /// <summary>Gets the metric.</summary>
    public VisionMetric Metric { get; }

    /// <summary>Gets the largest |dy| (and |dx|) in the neighbourhood, ⌊v⌋.</summary>
    public int Reach => (RowHalfWidths.Length - 1) / 2;

    /// <summary>Gets the half-width of the row segment at each dy from −<see cref="Reach"/> to +<see cref="Reach"/>.</summary>
    public ImmutableArray<int> RowHalfWidths { get; }

    /// <summary>Gets the x offsets of the cells, row by row (dy ascending, then dx ascending), own site excluded.</summary>
    public ImmutableArray<int> OffsetDx { get; }

    /// <summary>Gets the y offsets of the cells, in the order of <see cref="OffsetDx"/>.</summary>
    public ImmutableArray<int> OffsetDy { get; }

    /// <summary>Gets the number of cells, own site excluded.</summary>
    public int CellCount => OffsetDx.Length;

    /// <summary>Builds the neighbourhood of radius <paramref name="radius"/> under <paramref name="metric"/>.</summary>
    /// <param name="radius">v, in lattice spacings. Range: 0 ≤ v ≤ 1000.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The neighbourhood.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative, NaN or above 1000.</exception>
    public static VisionNeighbourhood Create(double radius, VisionMetric metric)
    {
        if (!(radius >= 0 && radius <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "The vision radius must lie in [0, 1000].");
        }

        var reach = (int)Math.Floor(radius);
        var half = ImmutableArray.CreateBuilder<int>(2 * reach + 1);
        var dxs = ImmutableArray.CreateBuilder<int>();
        var dys = ImmutableArray.CreateBuilder<int>();
        for (var dy = -reach; dy <= reach; dy++)
        {
            var h = metric switch
            {
                VisionMetric.EuclideanDisc => DiscHalfWidth(radius, dy),
                VisionMetric.VonNeumann => reach - Math.Abs(dy),
                VisionMetric.Moore => reach,
                _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown vision metric."),
            };
            half.Add(h);
            for (var dx = -h; dx <= h; dx++)
            {
                if (dx != 0 || dy != 0)
                {
                    dxs.Add(dx);
                    dys.Add(dy);
                }
            }
        }

        return new VisionNeighbourhood(radius, metric, half.MoveToImmutable(), dxs.ToImmutable(), dys.ToImmutable());
    }

    // The largest h with h² + dy² ≤ v², in exact integer arithmetic once v² is fixed.
    private static int DiscHalfWidth(double radius, int dy)
    {
        var r2 = radius * radius;
        var h = (int)Math.Floor(Math.Sqrt(Math.Max(0, r2 - ((double)dy * dy))));
        while (((double)(h + 1) * (h + 1)) + ((double)dy * dy) <= r2)
        {
            h++;
        }

        while (h > 0 && ((double)h * h) + ((double)dy * dy) > r2)
        {
            h--;
        }

        return h;
    }
}
