namespace Statecraft.Model.Unrest;

/// <summary>Exogenous legitimacy: L_{τ+1} = L_τ (Epstein 2002, Model I).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ConstantLegitimacy : LegitimacyLaw
{
    /// <summary>Gets the shared instance.</summary>
    public static ConstantLegitimacy Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "constant";

    /// <inheritdoc />
    public override double Advance(double current, in LegitimacyContext context, LocalPerception? local) => current;
}
