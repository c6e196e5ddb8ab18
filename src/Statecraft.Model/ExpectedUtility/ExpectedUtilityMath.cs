using System.Runtime.CompilerServices;
using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>The closed-form pieces of the expected-utility model: basic utilities, the expected utility of a challenge, and the risk exponent.</summary>
/// <remarks>
/// <para>Sources: Bueno de Mesquita (1985, 1994); Scholz, Calbert &amp; Smith (2011), eq. 5–7, 15–16, 22–25 and
/// 32–34 (§2.3 steps 4–6). Distances are in units of the range R, so they lie in [0, 1]; utilities lie in
/// [−2, 2].</para>
/// <para>Every base of a fractional power is clamped to ≥ 0 to absorb rounding [Statecraft guard]. A power with
/// exponent exactly 1 is not computed, which gives the same bits as <see cref="Math.Pow"/> and saves time in the
/// first pass of every round.</para>
/// <para>Pure functions; thread-safe.</para>
/// </remarks>
public static class ExpectedUtilityMath
{
    /// <summary>The basic utility 2 − 4·base^r of Scholz et al. (2011) eq. 22–24.</summary>
    /// <param name="base01">The base, 0.5 ± a share of a distance; clamped to ≥ 0.</param>
    /// <param name="r">The evaluator's risk exponent. Range: [0.5, 2].</param>
    /// <returns>The utility.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Basic(double base01, double r)
    {
        var b = base01 > 0 ? base01 : 0;
        return 2 - (4 * (r == 1 ? b : Math.Pow(b, r)));
    }

    /// <summary>U_s: the utility of a successful challenge over distance <paramref name="d"/>.</summary>
    /// <param name="d">|x_i − x_j| / R. Range: [0, 1].</param>
    /// <param name="r">The evaluator's risk exponent.</param>
    /// <returns>2 − 4·(0.5 − 0.5·d)^r; 2d at r = 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Success(double d, double r) => Basic(0.5 - (0.5 * d), r);

    /// <summary>U_f: the utility of a failed challenge over distance <paramref name="d"/>.</summary>
    /// <param name="d">|x_i − x_j| / R. Range: [0, 1].</param>
    /// <param name="r">The evaluator's risk exponent.</param>
    /// <returns>2 − 4·(0.5 + 0.5·d)^r; −2d at r = 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Failure(double d, double r) => Basic(0.5 + (0.5 * d), r);

    /// <summary>U_sq: the utility of the status quo.</summary>
    /// <param name="r">The evaluator's risk exponent.</param>
    /// <returns>2 − 4·0.5^r; 0 at r = 1.</returns>
    public static double StatusQuo(double r) => Basic(0.5, r);

    /// <summary>U_b: the utility to challenger i when, unchallenged, j drifts towards the median in a way that helps i.</summary>
    /// <param name="shift">(|x_i − μ| + |x_i − x_j|) / R. Range: [0, 2].</param>
    /// <param name="r">The evaluator's risk exponent.</param>
    /// <returns>2 − 4·(0.5 − 0.25·shift)^r.</returns>
    public static double Better(double shift, double r) => Basic(0.5 - (0.25 * shift), r);

    /// <summary>U_w: the utility to challenger i when, unchallenged, j drifts towards the median in a way that hurts i.</summary>
    /// <param name="shift">(|x_i − μ| + |x_i − x_j|) / R. Range: [0, 2].</param>
    /// <param name="r">The evaluator's risk exponent.</param>
    /// <returns>2 − 4·(0.5 + 0.25·shift)^r.</returns>
    public static double Worse(double shift, double r) => Basic(0.5 + (0.25 * shift), r);

    /// <summary>E(i→j): the expected utility of i challenging j (Scholz et al. 2011 eq. 5–7, 25a/b; §2.3 step 5).</summary>
    /// <param name="targetSalience">s_j, the probability that the target resists. Range: [0, 1].</param>
    /// <param name="probability">P_ij, the challenger's probability of prevailing. Range: [0, 1].</param>
    /// <param name="success">U_s for the pair and evaluator.</param>
    /// <param name="failure">U_f for the pair and evaluator.</param>
    /// <param name="statusQuo">U_sq for the evaluator.</param>
    /// <param name="q">Q. Range: [0, 1].</param>
    /// <param name="noChallenge">(1 − Q)·[T·U_b + (1 − T)·U_w], or 0 when the term is omitted.</param>
    /// <returns>s_j·[P·U_s + (1 − P)·U_f] + (1 − s_j)·U_s − Q·U_sq − <paramref name="noChallenge"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Challenge(double targetSalience, double probability, double success, double failure, double statusQuo, double q, double noChallenge)
    {
        var resist = targetSalience * ((probability * success) + ((1 - probability) * failure));
        var giveIn = (1 - targetSalience) * success;
        return resist + giveIn - (q * statusQuo) - noChallenge;
    }

    /// <summary>The no-challenge term (1 − Q)·[T·U_b + (1 − T)·U_w] for challenger i and target j.</summary>
    /// <param name="challengerToMedian">|x_i − μ| / R.</param>
    /// <param name="distance">|x_i − x_j| / R.</param>
    /// <param name="r">The evaluator's risk exponent.</param>
    /// <param name="q">Q; the term is 0 when Q = 1.</param>
    /// <param name="rule">How T is decided.</param>
    /// <returns>The term, to be subtracted from the expected utility.</returns>
    public static double NoChallenge(double challengerToMedian, double distance, double r, double q, TRule rule)
    {
        if (q == 1)
        {
            return 0;
        }

        var helps = rule == TRule.AlwaysOne || challengerToMedian < distance;
        var shift = challengerToMedian + distance;
        return (1 - q) * (helps ? Better(shift, r) : Worse(shift, r));
    }

    /// <summary>The risk index R_i = (2·S_i − S_max − S_min)/(S_max − S_min) from the security sums (Scholz et al. 2011 eq. 33).</summary>
    /// <param name="security">S_i.</param>
    /// <param name="max">S_max.</param>
    /// <param name="min">S_min.</param>
    /// <returns>R_i in [−1, 1]; 0 when S_max = S_min [Statecraft guard].</returns>
    public static double RiskIndex(double security, double max, double min) =>
        max == min ? 0 : ((2 * security) - max - min) / (max - min);

    /// <summary>The risk exponent r_i = (1 − R_i/3)/(1 + R_i/3) (Scholz et al. 2011 eq. 34).</summary>
    /// <param name="riskIndex">R_i. Range: [−1, 1].</param>
    /// <returns>r_i in [0.5, 2]: 2 for the most secure actor (risk-averse), 0.5 for the most threatened (risk-acceptant).</returns>
    public static double RiskExponent(double riskIndex) => (1 - (riskIndex / 3.0)) / (1 + (riskIndex / 3.0));
}
