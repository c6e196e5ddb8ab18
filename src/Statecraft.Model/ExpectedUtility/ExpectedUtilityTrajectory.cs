using System.Collections.Immutable;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>The full trajectory of one run of the expected-utility model on one issue: positions, exponents, medians, means and moves per round.</summary>
/// <remarks>
/// <para>Round 0 is the input; round t is the state after t updates (Scholz et al. 2011 Table 2 numbering). Every
/// per-round array has <see cref="StoppingRound"/> + 1 entries; actors are in input order.</para>
/// <para>Immutable and thread-safe. Records do not compare collections structurally.</para>
/// </remarks>
/// <param name="Positions">x_i(t) per round.</param>
/// <param name="RiskExponents">r_i used in round t (all 1 in round 0).</param>
/// <param name="Medians">μ_t, the Condorcet winner of the positions after round t.</param>
/// <param name="Means">x̄_t = Σ w x / Σ w after round t.</param>
/// <param name="Ranges">R used in round t (entry 0: the range of the input positions).</param>
/// <param name="Moves">Every accepted offer, by round then actor.</param>
/// <param name="Diagnostics">Why and when the run stopped, and its stability.</param>
public sealed record ExpectedUtilityTrajectory(
    ImmutableArray<ImmutableArray<double>> Positions,
    ImmutableArray<ImmutableArray<double>> RiskExponents,
    ImmutableArray<double> Medians,
    ImmutableArray<double> Means,
    ImmutableArray<double> Ranges,
    ImmutableArray<ExpectedUtilityMove> Moves,
    StabilityDiagnostics Diagnostics)
{
    /// <summary>Gets the last round played.</summary>
    public int StoppingRound => Medians.Length - 1;

    /// <summary>Gets the forecast: the median at the stopping round.</summary>
    public double FinalMedian => Medians[^1];
}
