namespace Statecraft.Model.Unrest;

/// <summary>Legitimacy that erodes with the share of agents active or jailed: L_{τ+1} = max(0, L_τ − λ_e·(J_τ/N + A_τ/N)).</summary>
/// <remarks>
/// §5.14, law 3, after the public NetLogo extension <c>JKCENA/Civil-Violence-ABM_Epstein-Extension</c>.
/// It erodes monotonically. Immutable and thread-safe.
/// </remarks>
/// <param name="ErosionRate">λ_e. Range: λ_e ≥ 0; default 0.001.</param>
public sealed record LinearErosionLegitimacy(double ErosionRate = 0.001) : LegitimacyLaw
{
    /// <inheritdoc />
    public override string Name => "linear-erosion";

    /// <inheritdoc />
    public override double Advance(double current, in LegitimacyContext context, LocalPerception? local) =>
        Math.Max(0, current - (ErosionRate * (context.JailedShare + context.ActiveShare)));
}
