using System.Runtime.Intrinsics;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>The third-party sums of <see cref="SmpChallenge"/> under the Prop voting rule, four actors at a time.</summary>
/// <remarks>
/// <para>§3.9. The hot loop of the model: N initiators × N targets × N third parties per turn. Four fixed
/// partial sums (one per lane of a 256-bit vector) are combined in a fixed order, so results do not depend on the
/// thread count or on the machine's SIMD width; they differ from a strictly sequential sum only in rounding (about
/// 1e-16 relative).</para>
/// <para>The principals take part with weight 0, which adds exact zeros: the caller passes weights with w_i = w_j = 0.
/// Stateless and thread-safe.</para>
/// </remarks>
internal static class SmpChallengeVector
{
    /// <summary>Adds the third parties' votes to the principals' coalition strengths.</summary>
    /// <param name="towardsI">U^h(n, i) for every n.</param>
    /// <param name="towardsJ">U^h(n, j) for every n.</param>
    /// <param name="ownPosition">U^h(n, n) for every n.</param>
    /// <param name="weights">c_n·S_n, with 0 at the two principals.</param>
    /// <param name="c0ij">The principals' strength for i, floor included.</param>
    /// <param name="c0ji">The principals' strength for j, floor included.</param>
    /// <param name="commit">The third parties' commitment.</param>
    /// <param name="sincere">Whether third parties vote sincerely (corrected Q1/Q2).</param>
    /// <returns>The coalition strengths C_ij and C_ji.</returns>
    public static (double ForI, double ForJ) ThirdParties(
        ReadOnlySpan<double> towardsI,
        ReadOnlySpan<double> towardsJ,
        ReadOnlySpan<double> ownPosition,
        ReadOnlySpan<double> weights,
        double c0ij,
        double c0ji,
        SmpThirdPartyCommit commit,
        bool sincere)
    {
        var n = weights.Length;
        var sumI = Vector256<double>.Zero;
        var sumJ = Vector256<double>.Zero;
        var cij = Vector256.Create(c0ij);
        var cji = Vector256.Create(c0ji);
        var one = Vector256.Create(1.0);
        var two = Vector256.Create(2.0);
        var three = Vector256.Create(3.0);
        var t = 0;
        for (; t + 4 <= n; t += 4)
        {
            var ui = Vector256.Create(towardsI.Slice(t, 4));
            var uj = Vector256.Create(towardsJ.Slice(t, 4));
            var w = Vector256.Create(weights.Slice(t, 4));
            var first = w * (ui - uj);
            Vector256<double> v;
            if (sincere)
            {
                v = first;
            }
            else
            {
                var up = Vector256.Max(first, Vector256<double>.Zero);
                var down = Vector256.Max(-first, Vector256<double>.Zero);
                var p = (cij + up) / (cij + up + cji + down);
                var q = one - p;
                var stay = Vector256.Create(ownPosition.Slice(t, 4));
                Vector256<double> joinI, joinJ;
                switch (commit)
                {
                    case SmpThirdPartyCommit.FullCommit:
                        joinI = (p * three * ui) + (q * three * uj);
                        joinJ = joinI;
                        break;
                    case SmpThirdPartyCommit.NoCommit:
                        joinI = (p * ((two * ui) + stay)) + (q * ((two * uj) + stay));
                        joinJ = joinI;
                        break;
                    default:
                        joinI = (p * ((two * ui) + stay)) + (q * three * uj);
                        joinJ = (p * three * ui) + (q * ((two * uj) + stay));
                        break;
                }

                v = w * (joinI - joinJ);
            }

            sumI += Vector256.Max(v, Vector256<double>.Zero);
            sumJ += Vector256.Max(-v, Vector256<double>.Zero);
        }

        var forI = c0ij + ((sumI[0] + sumI[1]) + (sumI[2] + sumI[3]));
        var forJ = c0ji + ((sumJ[0] + sumJ[1]) + (sumJ[2] + sumJ[3]));
        for (; t < n; t++)
        {
            var ui = towardsI[t];
            var uj = towardsJ[t];
            var w = weights[t];
            var first = w * (ui - uj);
            double v;
            if (sincere)
            {
                v = first;
            }
            else
            {
                var up = Math.Max(first, 0);
                var down = Math.Max(-first, 0);
                var p = (c0ij + up) / (c0ij + up + c0ji + down);
                var q = 1 - p;
                var stay = ownPosition[t];
                double joinI, joinJ;
                switch (commit)
                {
                    case SmpThirdPartyCommit.FullCommit:
                        joinI = (p * 3 * ui) + (q * 3 * uj);
                        joinJ = joinI;
                        break;
                    case SmpThirdPartyCommit.NoCommit:
                        joinI = (p * ((2 * ui) + stay)) + (q * ((2 * uj) + stay));
                        joinJ = joinI;
                        break;
                    default:
                        joinI = (p * ((2 * ui) + stay)) + (q * 3 * uj);
                        joinJ = (p * 3 * ui) + (q * ((2 * uj) + stay));
                        break;
                }

                v = w * (joinI - joinJ);
            }

            forI += Math.Max(v, 0);
            forJ += Math.Max(-v, 0);
        }

        return (forI, forJ);
    }
}
