using System.Collections.Immutable;

namespace Statecraft.Model.Domain;

/// <summary>The continuous scale [<see cref="Min"/>, <see cref="Max"/>] on which positions on one issue are expressed.</summary>
/// <remarks>
/// <para>Positions are stored and reported on the issue's own scale (years, percentages, a 0–100 policy scale).
/// Models that need a normalised scale normalise internally (§1.1).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record IssueScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="min">The lower end of the scale.</param>
    /// <param name="max">The upper end of the scale; must be greater than <paramref name="min"/>.</param>
    /// <param name="labels">Labelled points, in any order; they are stored sorted by value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite, or <paramref name="min"/> ≥ <paramref name="max"/>.</exception>
    public IssueScale(double min, double max, IEnumerable<ScaleLabel>? labels = null)
    {
        if (!double.IsFinite(min))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "The scale minimum must be finite.");
        }

        if (!double.IsFinite(max) || max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "The scale maximum must be finite and greater than the minimum.");
        }

        Min = min;
        Max = max;
        Labels = labels is null ? [] : [.. labels.OrderBy(l => l.Value)];
    }

    /// <summary>The default 0–100 scale with no labels.</summary>
    public static IssueScale Percent { get; } = new(0, 100);

    /// <summary>Gets the lower end of the scale.</summary>
    public double Min { get; }

    /// <summary>Gets the upper end of the scale.</summary>
    public double Max { get; }

    /// <summary>Gets the width of the scale, <c>Max − Min</c>, always positive.</summary>
    public double Range => Max - Min;

    /// <summary>Gets the labelled points, sorted by value.</summary>
    public ImmutableArray<ScaleLabel> Labels { get; }

    /// <summary>Returns whether <paramref name="value"/> lies on the scale (bounds inclusive).</summary>
    /// <param name="value">A position.</param>
    /// <returns><see langword="true"/> if Min ≤ value ≤ Max; NaN is never on the scale.</returns>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>Describes a position with the nearest labels, e.g. "closest to 'talks stall'".</summary>
    /// <param name="value">A position on the scale.</param>
    /// <returns>The label at <paramref name="value"/>, or the labels that bracket it, or the empty string when there are no labels.</returns>
    public string Describe(double value)
    {
        if (Labels.IsEmpty || double.IsNaN(value))
        {
            return string.Empty;
        }

        ScaleLabel? below = null;
        ScaleLabel? above = null;
        foreach (var label in Labels)
        {
            if (Math.Abs(label.Value - value) <= 1e-9 * Range)
            {
                return label.Label;
            }

            if (label.Value < value)
            {
                below = label;
            }
            else if (above is null)
            {
                above = label;
            }
        }

        return (below, above) switch
        {
            ({ } b, { } a) => Math.Abs(value - b.Value) <= Math.Abs(a.Value - value)
                ? $"closest to '{b.Label}'"
                : $"closest to '{a.Label}'",
            ({ } b, null) => $"beyond '{b.Label}'",
            (null, { } a) => $"short of '{a.Label}'",
            _ => string.Empty,
        };
    }

    /// <inheritdoc />
    public bool Equals(IssueScale? other) =>
        other is not null && Min.Equals(other.Min) && Max.Equals(other.Max) && Labels.SequenceEqual(other.Labels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Min, Max, Labels.Length);
}
