namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>One issue's forecast before and after a what-if.</summary>
/// <remarks>Immutable and thread-safe. Numbers are on the issue's own scale.</remarks>
/// <param name="IssueId">The issue.</param>
/// <param name="Before">The forecast before, if defined.</param>
/// <param name="After">The forecast after, if defined.</param>
public readonly record struct IssueChange(string IssueId, double? Before, double? After)
{
    /// <summary>Gets After − Before, or <see langword="null"/> when either is undefined.</summary>
    public double? Delta => Before is { } b && After is { } a ? a - b : null;
}
