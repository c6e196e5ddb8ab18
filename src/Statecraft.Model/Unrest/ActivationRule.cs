namespace Statecraft.Model.Unrest;

/// <summary>Epstein's agent rule A: grievance, net risk and the activation test (§5.3–§5.5).</summary>
/// <remarks>
/// <para>G = H·(1 − L); N = R·P·J^α; the agent is active iff G − N &gt; T (strict). Because N ≥ 0 and rounding is
/// monotone, G ≤ T implies quiet whatever the cops, which is why nobody is active when L ≥ 1 − T.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ActivationRule
{
    /// <summary>Computes the grievance G = H·(1 − L).</summary>
    /// <param name="hardship">H (or the coupling's H·(1 + η·K)). Range: ≥ 0.</param>
    /// <param name="legitimacy">L. Range: [0, 1].</param>
    /// <returns>G.</returns>
    public static double Grievance(double hardship, double legitimacy) => hardship * (1 - legitimacy);

    /// <summary>Returns whether an agent with grievance G, risk aversion R and arrest probability P is active.</summary>
    /// <param name="grievance">G.</param>
    /// <param name="riskAversion">R. Range: [0, 1].</param>
    /// <param name="arrestProbability">P. Range: [0, 1].</param>
    /// <param name="threshold">T. Range: [0, 1].</param>
    /// <param name="jailFactor">J^α, 1 when the jail deterrence exponent is 0.</param>
    /// <returns><see langword="true"/> iff G − R·P·J^α &gt; T (with R·P = 0 the jail factor is not applied, so J = ∞ stays defined).</returns>
    public static bool IsActive(double grievance, double riskAversion, double arrestProbability, double threshold, double jailFactor = 1)
    {
        var risk = riskAversion * arrestProbability;
        if (risk != 0 && jailFactor != 1)
        {
            risk *= jailFactor;
        }

        return grievance - risk > threshold;
    }

    /// <summary>Returns the share of agents active without deterrence (P = 0), 1 − T/(1 − L), for H ~ U(0, 1).</summary>
    /// <param name="legitimacy">L. Range: [0, 1].</param>
    /// <param name="threshold">T. Range: [0, 1].</param>
    /// <returns>The share in [0, 1]; 0 when L ≥ 1 − T.</returns>
    public static double UndeterredShare(double legitimacy, double threshold) =>
        legitimacy >= 1 - threshold ? 0 : 1 - (threshold / (1 - legitimacy));

    /// <summary>Returns the share active when every agent faces P = <paramref name="arrestProbability"/>, for H, R ~ U(0, 1) independent.</summary>
    /// <param name="legitimacy">L. Range: [0, 1].</param>
    /// <param name="threshold">T. Range: [0, 1].</param>
    /// <param name="arrestProbability">P. Range: (0, 1].</param>
    /// <returns>∫₀¹ clamp((H(1 − L) − T)/P, 0, 1) dH; equals (1 − L − T)²/(2P(1 − L)) when 1 − L − T ≤ P.</returns>
    public static double DeterredShare(double legitimacy, double threshold, double arrestProbability)
    {
        var g = 1 - legitimacy;
        var excess = g - threshold;
        if (excess <= 0)
        {
            return 0;
        }

        if (excess <= arrestProbability)
        {
            return excess * excess / (2 * arrestProbability * g);
        }

        // Above H₁ = (T + P)/(1 − L) the integrand is 1.
        var h1 = (threshold + arrestProbability) / g;
        return (arrestProbability / (2 * g)) + (1 - h1);
    }
}
