using System.Collections.Immutable;

namespace Statecraft.Model.Mixture;

/// <summary>The outcome distribution of one issue under the <c>statecraft</c> model, and its median (the forecast).</summary>
/// <remarks>Immutable and thread-safe. Positions are on the issue's own scale.</remarks>
/// <param name="Median">The forecast: the smallest atom position at which the cumulative probability reaches ½.</param>
/// <param name="Compromise">The weighted mean Σ w x / Σ w with w = c·s^b (advisory actor excluded).</param>
/// <param name="Atoms">The distribution's points, sorted by position.</param>
public sealed record MixtureOutcome(double Median, double Compromise, ImmutableArray<MixtureAtom> Atoms)
{
    /// <summary>Gets the atom the median falls on.</summary>
    public MixtureAtom MedianAtom => Atoms.First(a => a.Position == Median);
}
