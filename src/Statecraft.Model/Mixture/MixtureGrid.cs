using System.Collections.Immutable;

namespace Statecraft.Model.Mixture;

/// <summary>The candidate parameter values the fitter searches, in search order (π outermost, then ρ, then b).</summary>
/// <remarks>
/// <para>Among equally good candidates the first in search order wins, so fits are deterministic.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="CompromiseShares">Candidate π values. Range: [0, 1].</param>
/// <param name="StatusQuoShares">Candidate ρ values. Range: [0, 1].</param>
/// <param name="SalienceExponents">Candidate b values. Range: b ≥ 0.</param>
/// <param name="AdvisoryActor">The advisory actor (fixed, not searched).</param>
/// <param name="AdvisoryFlag">The advisory procedure's flag (fixed, not searched).</param>
public sealed record MixtureGrid(
    ImmutableArray<double> CompromiseShares,
    ImmutableArray<double> StatusQuoShares,
    ImmutableArray<double> SalienceExponents,
    string AdvisoryActor,
    string AdvisoryFlag)
{
    /// <summary>Gets the grid the shipped parameters come from: π ∈ {0.200, 0.225, …, 0.450}, ρ ∈ {0, 0.05, …, 0.40}, b ∈ {1, 2}; the Parliament is advisory under consultation.</summary>
    /// <remarks>198 candidates. b = 1 is the compromise model's linear salience; b = 2 lets salience count quadratically.</remarks>
    public static MixtureGrid Default { get; } = new(
        [.. Enumerable.Range(0, 11).Select(k => (200 + (25 * k)) / 1000.0)],
        [.. Enumerable.Range(0, 9).Select(k => 5 * k / 100.0)],
        [1.0, 2.0],
        "ep",
        "cns");

    /// <summary>Gets the number of candidates.</summary>
    public int Count => CompromiseShares.Length * StatusQuoShares.Length * SalienceExponents.Length;

    /// <summary>Returns every candidate, in search order, with zero residual quantiles.</summary>
    /// <returns>The candidates.</returns>
    public ImmutableArray<MixtureParameters> Candidates() =>
    [
        .. from pi in CompromiseShares
           from rho in StatusQuoShares
           from b in SalienceExponents
           select new MixtureParameters(pi, rho, b, AdvisoryActor, AdvisoryFlag, 0, 0),
    ];
}
