using System.Runtime.Intrinsics;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>The scalar formulas of the Spatial Model of Politics: distance, utility, votes and bargain rounding.</summary>
/// <remarks>
/// §3.4, §3.5 and §3.11, after KAPSARC's KTAB (<c>examples/smp</c>). Positions and saliences are on [0, 1].
/// Stateless and thread-safe.
/// </remarks>
internal static class SmpMath
{
    /// <summary>The vote scale below which the Binary and PropBin rules saturate (KTAB: 1e-8).</summary>
    private const double BinaryScale = 1e-8;

    /// <summary>Salience-weighted normalised Euclidean distance from an ideal point to a position, with the judge's saliences.</summary>
    /// <param name="ideal">q_i, D coordinates in [0, 1].</param>
    /// <param name="position">θ_j, D coordinates in [0, 1].</param>
    /// <param name="salienceSquared">s_id², D values.</param>
    /// <param name="salienceSquaredSum">Σ_d s_id² &gt; 0.</param>
    /// <returns>d ∈ [0, 1] (up to rounding).</returns>
    public static double Distance(ReadOnlySpan<double> ideal, ReadOnlySpan<double> position, ReadOnlySpan<double> salienceSquared, double salienceSquaredSum)
    {
        double sum = 0;
        for (var d = 0; d < ideal.Length; d++)
        {
            var delta = ideal[d] - position[d];
            sum += salienceSquared[d] * delta * delta;
        }

        return Math.Sqrt(sum / salienceSquaredSum);
    }

    /// <summary>Utility of a distance d for risk attitude R: (1 − d)(1 + R·d), or (1 − d)(1 + R) past d = 1.</summary>
    /// <param name="distance">d ≥ 0.</param>
    /// <param name="risk">R ∈ [−1, 1]; 1 is risk-averse (concave), −1 risk-seeking.</param>
    /// <returns>u(d, R), 1 at d = 0 and 0 at d = 1.</returns>
    public static double Utility(double distance, double risk) =>
        distance <= 1 ? (1 - distance) * (1 + (risk * distance)) : (1 - distance) * (1 + risk);

    /// <summary>Fills utilities u(d_t, R_t) from precomputed 1 − d_t and min(d_t, 1), four at a time; bit-identical to <see cref="Utility"/>.</summary>
    /// <param name="oneMinus">1 − d_t.</param>
    /// <param name="clamped">min(d_t, 1).</param>
    /// <param name="risk">R_t.</param>
    /// <param name="result">Receives (1 − d_t)·(1 + R_t·min(d_t, 1)).</param>
    public static void Utilities(ReadOnlySpan<double> oneMinus, ReadOnlySpan<double> clamped, ReadOnlySpan<double> risk, Span<double> result)
    {
        var t = 0;
        var one = Vector256.Create(1.0);
        for (; t + 4 <= result.Length; t += 4)
        {
            var u = Vector256.Create(oneMinus.Slice(t, 4)) * (one + (Vector256.Create(risk.Slice(t, 4)) * Vector256.Create(clamped.Slice(t, 4))));
            u.CopyTo(result.Slice(t, 4));
        }

        for (; t < result.Length; t++)
        {
            result[t] = oneMinus[t] * (1 + (risk[t] * clamped[t]));
        }
    }

    /// <summary>The part of <see cref="Utility"/> that R multiplies: u(d, R) − u(d, 0) = R·h(d).</summary>
    /// <param name="distance">d ≥ 0.</param>
    /// <returns>h(d) = d(1 − d), or 1 − d past d = 1.</returns>
    public static double RiskSensitivity(double distance) => distance <= 1 ? distance * (1 - distance) : 1 - distance;

    /// <summary>A voter's vote for option a over option b (§3.5).</summary>
    /// <param name="rule">The voting rule.</param>
    /// <param name="weight">w &gt; 0.</param>
    /// <param name="delta">Δ = u(a) − u(b).</param>
    /// <returns>Positive when the voter backs a.</returns>
    public static double Vote(SmpVotingRule rule, double weight, double delta) => rule switch
    {
        SmpVotingRule.Prop => weight * delta,
        SmpVotingRule.Binary => weight * Math.Clamp(delta / BinaryScale, -1, 1),
        SmpVotingRule.PropBin => weight * ((0.8 * delta) + (0.2 * Math.Clamp(delta / BinaryScale, -1, 1))),
        SmpVotingRule.PropCbc => weight * ((0.5 * delta) + (0.5 * delta * delta * delta)),
        SmpVotingRule.Cubic => weight * delta * delta * delta,
        _ => delta < 0 ? weight * delta : delta > 0 ? 2.0 / 3.0 * weight * delta : 0,
    };

    /// <summary>Rounds to the nearest 1e-4, halves up: ⌊0.5 + 10⁴·x⌋/10⁴ (KTAB's bargain rounding).</summary>
    /// <param name="x">A coordinate in [0, 1].</param>
    /// <returns>The rounded coordinate.</returns>
    public static double Round4(double x) => Math.Floor(0.5 + (1e4 * x)) / 1e4;
}
