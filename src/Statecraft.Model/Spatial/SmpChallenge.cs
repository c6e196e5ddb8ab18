using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>Evaluates a challenge i → j from one actor's point of view: the probability that i prevails, and the gain to an actor k.</summary>
/// <remarks>
/// <para>§3.9, after KTAB's SMP. The perspective h enters only through the utilities passed in, all U^h:
/// <c>towardsI[n]</c> = U^h(n, i), <c>towardsJ[n]</c> = U^h(n, j) and <c>ownPosition[n]</c> = U^h(n, n). Every vote uses the
/// weight c·S. Third parties are visited in index order and each one's "little contest" uses only the principals'
/// strengths.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class SmpChallenge
{
    /// <summary>The coalition floor ε of challenges (KTAB: 1e-10).</summary>
    private const double Floor = 1e-10;

    /// <summary>Evaluates the challenge.</summary>
    /// <param name="i">The initiator.</param>
    /// <param name="j">The target.</param>
    /// <param name="k">The actor whose expected gain is returned.</param>
    /// <param name="towardsI">U^h(n, i) for every n.</param>
    /// <param name="towardsJ">U^h(n, j) for every n.</param>
    /// <param name="ownPosition">U^h(n, n) for every n.</param>
    /// <param name="weights">c_n·S_n for every n.</param>
    /// <param name="thirdPartyWeights">The same with 0 at i and j, for the vectorised Prop path.</param>
    /// <param name="salienceJ">S_j, j's total salience: j yields without a contest with probability 1 − S_j.</param>
    /// <param name="rule">The voting rule.</param>
    /// <param name="commit">The third parties' commitment.</param>
    /// <param name="sincere">Whether third parties vote sincerely (the corrected mode's fix of Q1 and Q2).</param>
    /// <returns>ΔEU^h_k(i→j) on the doubled scale, and P^h(i ≻ j).</returns>
    public static (double Gain, double Probability) Evaluate(
        int i,
        int j,
        int k,
        ReadOnlySpan<double> towardsI,
        ReadOnlySpan<double> towardsJ,
        ReadOnlySpan<double> ownPosition,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<double> thirdPartyWeights,
        double salienceJ,
        SmpVotingRule rule,
        SmpThirdPartyCommit commit,
        bool sincere)
    {
        var vi = SmpMath.Vote(rule, weights[i], towardsI[i] - towardsJ[i]);
        var vj = SmpMath.Vote(rule, weights[j], towardsI[j] - towardsJ[j]);
        var c0ij = Floor + Math.Max(vi, 0) + Math.Max(vj, 0);
        var c0ji = Floor + Math.Max(-vi, 0) + Math.Max(-vj, 0);
        double cij, cji;
        if (rule == SmpVotingRule.Prop)
        {
            (cij, cji) = SmpChallengeVector.ThirdParties(towardsI, towardsJ, ownPosition, thirdPartyWeights, c0ij, c0ji, commit, sincere);
        }
        else
        {
            (cij, cji) = ThirdParties(i, j, towardsI, towardsJ, ownPosition, weights, c0ij, c0ji, rule, commit, sincere);
        }

        var prob = cij / (cij + cji);
        var uki = towardsI[k];
        var ukj = towardsJ[k];
        var statusQuo = uki + ukj;
        var yields = 2 * uki;
        var contest = (prob * 2 * uki) + ((1 - prob) * 2 * ukj);
        var challenge = ((1 - salienceJ) * yields) + (salienceJ * contest);
        return (challenge - statusQuo, prob);
    }

    // Any voting rule, one third party at a time in index order.
    private static (double ForI, double ForJ) ThirdParties(
        int i,
        int j,
        ReadOnlySpan<double> towardsI,
        ReadOnlySpan<double> towardsJ,
        ReadOnlySpan<double> ownPosition,
        ReadOnlySpan<double> weights,
        double c0ij,
        double c0ji,
        SmpVotingRule rule,
        SmpThirdPartyCommit commit,
        bool sincere)
    {
        var cij = c0ij;
        var cji = c0ji;
        var n = weights.Length;
        for (var t = 0; t < n; t++)
        {
            if (t == i || t == j)
            {
                continue;
            }

            var ui = towardsI[t];
            var uj = towardsJ[t];
            var first = SmpMath.Vote(rule, weights[t], ui - uj);
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
                var stay = ownPosition[t];
                double joinI;
                double joinJ;
                switch (commit)
                {
                    case SmpThirdPartyCommit.FullCommit:
                        joinI = (p * 3 * ui) + ((1 - p) * 3 * uj);
                        joinJ = (p * 3 * ui) + ((1 - p) * 3 * uj);
                        break;
                    case SmpThirdPartyCommit.NoCommit:
                        joinI = (p * ((2 * ui) + stay)) + ((1 - p) * ((2 * uj) + stay));
                        joinJ = (p * ((2 * ui) + stay)) + ((1 - p) * ((2 * uj) + stay));
                        break;
                    default:
                        joinI = (p * ((2 * ui) + stay)) + ((1 - p) * 3 * uj);
                        joinJ = (p * 3 * ui) + ((1 - p) * ((2 * uj) + stay));
                        break;
                }

                v = SmpMath.Vote(rule, weights[t], joinI - joinJ);
            }

            if (v > 0)
            {
                cij += v;
            }
            else if (v < 0)
            {
                cji -= v;
            }
        }

        return (cij, cji);
    }
}
