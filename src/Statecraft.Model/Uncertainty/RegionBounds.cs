namespace Statecraft.Model.Uncertainty;

/// <summary>One region of an issue's scale between two cuts, with the labels on its ends (see <see cref="OutcomeBinning"/>).</summary>
/// <remarks>Immutable and thread-safe. The region is [<see cref="Lower"/>, <see cref="Upper"/>), closed at the top of the scale.</remarks>
/// <param name="Lower">The lower end on the issue's scale.</param>
/// <param name="Upper">The upper end on the issue's scale.</param>
/// <param name="LowerLabel">The scale label at <paramref name="Lower"/>, if any.</param>
/// <param name="UpperLabel">The scale label at <paramref name="Upper"/>, if any.</param>
public readonly record struct RegionBounds(double Lower, double Upper, string? LowerLabel, string? UpperLabel)
{
    /// <summary>Gets a display name such as <c>'talks stall' to 'deal'</c> or <c>0 to 50</c>.</summary>
    public string Name =>
        $"{(LowerLabel is null ? Lower.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : $"'{LowerLabel}'")} to "
        + $"{(UpperLabel is null ? Upper.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) : $"'{UpperLabel}'")}";
}
