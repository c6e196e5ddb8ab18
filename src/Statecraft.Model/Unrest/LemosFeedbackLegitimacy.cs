using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>Legitimacy computed from legality, justification and consent, after Lemos, Lopes &amp; Coelho (2016).</summary>
/// <remarks>
/// <para>§5.14, law 4. What is verified (the paper's abstract): legitimacy is built from sub-indicators,
/// four aggregations are compared, perception is global or agent-specific, and L drops after a sudden uprising
/// without returning to its initial level. The equations are <b>Statecraft's formalisation</b> (the paper's own are
/// unverified): legality ℓ and justification j are constants, consent κ_τ = Q_τ/N.</para>
/// <para>Under <see cref="LemosAggregation.WeightedAverage"/>, <see cref="LemosAggregation.Geometric"/> and
/// <see cref="LemosAggregation.Justification"/> L is the aggregate itself, computed at the end of every tick and at
/// τ = 0 (when κ = 1, since everyone starts quiet), so L₀ enters only through the defaults ℓ = j = L₀.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record LemosFeedbackLegitimacy : LegitimacyLaw
{
    /// <summary>Gets the aggregation. Default: <see cref="LemosAggregation.WeightedAverage"/>.</summary>
    public LemosAggregation Aggregation { get; init; } = LemosAggregation.WeightedAverage;

    /// <summary>Gets legality ℓ, or <see langword="null"/> for L₀. Range: [0, 1].</summary>
    public double? Legality { get; init; }

    /// <summary>Gets justification j, or <see langword="null"/> for L₀. Range: [0, 1].</summary>
    public double? Justification { get; init; }

    /// <summary>Gets ω_ℓ. Range: ≥ 0; the three weights sum to 1. Default 1/3.</summary>
    public double LegalityWeight { get; init; } = 1.0 / 3;

    /// <summary>Gets ω_j. Range: ≥ 0. Default 1/3.</summary>
    public double JustificationWeight { get; init; } = 1.0 / 3;

    /// <summary>Gets ω_c. Range: ≥ 0. Default 1/3.</summary>
    public double ConsentWeight { get; init; } = 1.0 / 3;

    /// <summary>Gets λ_s, the system-support decay rate. Range: [0, 1]. Default 0.</summary>
    public double SupportDecay { get; init; }

    /// <summary>Gets κ*, the consent level the regime tolerates under system support. Range: [0, 1]. Default 1, the consent at τ = 0.</summary>
    public double ToleratedConsent { get; init; } = 1;

    /// <summary>Gets the scope. Default <see cref="LegitimacyScope.Global"/>.</summary>
    public LegitimacyScope PerceptionScope { get; init; } = LegitimacyScope.Global;

    /// <inheritdoc />
    public override LegitimacyScope Scope => PerceptionScope;

    /// <inheritdoc />
    public override string Name => "lemos-feedback";

    /// <inheritdoc />
    public override double Initial(double initialLegitimacy) =>
        Aggregation == LemosAggregation.SystemSupport ? initialLegitimacy : Aggregate(initialLegitimacy, 1.0);

    /// <inheritdoc />
    public override double Advance(double current, in LegitimacyContext context, LocalPerception? local)
    {
        var consent = local?.Consent ?? context.Consent;
        return Aggregation == LemosAggregation.SystemSupport
            ? current * (1 - (SupportDecay * Math.Max(0, ToleratedConsent - consent)))
            : Aggregate(context.InitialLegitimacy, consent);
    }

    private double Aggregate(double initialLegitimacy, double consent)
    {
        var legality = Legality ?? initialLegitimacy;
        var justification = Justification ?? initialLegitimacy;
        return Aggregation switch
        {
            LemosAggregation.WeightedAverage => (LegalityWeight * legality) + (JustificationWeight * justification) + (ConsentWeight * consent),
            LemosAggregation.Geometric => Math.Pow(legality, LegalityWeight) * Math.Pow(justification, JustificationWeight) * Math.Pow(consent, ConsentWeight),
            LemosAggregation.Justification => justification,
            _ => throw new InvalidOperationException($"Aggregation {Aggregation} is not an aggregate."),
        };
    }
}
