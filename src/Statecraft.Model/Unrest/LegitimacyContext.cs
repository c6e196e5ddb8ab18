namespace Statecraft.Model.Unrest;

/// <summary>The end-of-tick counts a legitimacy law reads (§5.14; notation τ, A_τ, J_τ, Q_τ, N).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Tick">τ, the tick just completed (1 = the first tick; 0 when the initial value is computed).</param>
/// <param name="Quiet">Q_τ, quiet free agents.</param>
/// <param name="Active">A_τ, active free agents.</param>
/// <param name="Jailed">J_τ, jailed agents.</param>
/// <param name="Agents">N, the agent count (cops excluded). Range: ≥ 1.</param>
/// <param name="Arrests">Arrests made during tick τ.</param>
/// <param name="CumulativeArrests">Arr_τ, arrests made up to and including tick τ.</param>
/// <param name="InitialLegitimacy">L₀.</param>
/// <param name="Baseline">L*, the current baseline of the synthesis law (L₀ unless it decayed).</param>
/// <param name="OutburstEnded">Whether an outburst (actives above the threshold) ended with the previous tick, so that τ is its first calm tick.</param>
public readonly record struct LegitimacyContext(
    int Tick,
    int Quiet,
    int Active,
    int Jailed,
    int Agents,
    int Arrests,
    long CumulativeArrests,
    double InitialLegitimacy,
    double Baseline,
    bool OutburstEnded)
{
    /// <summary>Gets κ_τ = Q_τ/N, the consent share.</summary>
    public double Consent => (double)Quiet / Agents;

    /// <summary>Gets A_τ/N.</summary>
    public double ActiveShare => (double)Active / Agents;

    /// <summary>Gets J_τ/N.</summary>
    public double JailedShare => (double)Jailed / Agents;
}
