using System.Collections.Immutable;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>Statecraft's own legitimacy law: recovery to a baseline, erosion by unrest and arrests, external events and performance.</summary>
/// <remarks>
/// <para>§5.14, law 5 <b>[Statecraft]</b>:
/// L_{τ+1} = L_τ + λ_r·(L* − L_τ) − m·α_a·(A_τ/N) − m·α_j·(J_τ/N)·σ_j − α_e·E_τ + β·Perf_τ,
/// with m = 1 + φ_esc·Arr_τ/N (escalation with cumulative arrests), σ_j = 1 under global scope and the share of the
/// tick's arrests made in view under local scope.</para>
/// <para>L* starts at L₀ (or <see cref="Baseline"/>) and is multiplied by ρ_L on the first calm tick after each
/// outburst (actives above the outburst threshold, §5.12), so each crisis can leave a lower baseline.</para>
/// <para>With every coefficient at its default (0, and ρ_L = 1) the law equals <see cref="ConstantLegitimacy"/>.</para>
/// <para>Immutable and thread-safe. Record equality compares the series by reference.</para>
/// </remarks>
public sealed record SynthesisLegitimacy : LegitimacyLaw
{
    /// <summary>Gets λ_r, the recovery rate towards L*. Range: [0, 1]. Default 0 (a ratchet).</summary>
    public double RecoveryRate { get; init; }

    /// <summary>Gets the initial baseline L*, or <see langword="null"/> for L₀. Range: [0, 1].</summary>
    public double? Baseline { get; init; }

    /// <summary>Gets α_a, the loss per unit active share. Range: ≥ 0. Default 0.</summary>
    public double ActiveLoss { get; init; }

    /// <summary>Gets α_j, the loss per unit jailed share. Range: ≥ 0. Default 0.</summary>
    public double JailedLoss { get; init; }

    /// <summary>Gets α_e, the loss per unit external event. Range: ≥ 0. Default 0.</summary>
    public double EventLoss { get; init; }

    /// <summary>Gets β, the gain per unit government performance. Range: ≥ 0. Default 0.</summary>
    public double PerformanceGain { get; init; }

    /// <summary>Gets E_τ by tick (index τ); ticks past the end read 0.</summary>
    public ImmutableArray<double> Events { get; init; } = [];

    /// <summary>Gets Perf_τ by tick (index τ); ticks past the end read 0.</summary>
    public ImmutableArray<double> Performance { get; init; } = [];

    /// <summary>Gets φ_esc, the escalation per unit of cumulative arrests per agent. Range: ≥ 0. Default 0 (off).</summary>
    public double EscalationPerArrest { get; init; }

    /// <summary>Gets ρ_L, the factor applied to L* after each outburst. Range: [0, 1]. Default 1 (off).</summary>
    public double BaselineDecayPerOutburst { get; init; } = 1;

    /// <summary>Gets the scope. Default <see cref="LegitimacyScope.Global"/>.</summary>
    public LegitimacyScope PerceptionScope { get; init; } = LegitimacyScope.Global;

    /// <inheritdoc />
    public override LegitimacyScope Scope => PerceptionScope;

    /// <inheritdoc />
    public override string Name => "synthesis";

    /// <inheritdoc />
    public override double NextBaseline(double baseline, in LegitimacyContext context) =>
        context.OutburstEnded ? baseline * BaselineDecayPerOutburst : baseline;

    /// <inheritdoc />
    public override double Advance(double current, in LegitimacyContext context, LocalPerception? local)
    {
        var escalation = 1 + (EscalationPerArrest * context.CumulativeArrests / context.Agents);
        var visibility = local?.ArrestVisibility ?? 1.0;
        return current
            + (RecoveryRate * (context.Baseline - current))
            - (escalation * ActiveLoss * context.ActiveShare)
            - (escalation * JailedLoss * context.JailedShare * visibility)
            - (EventLoss * At(Events, context.Tick))
            + (PerformanceGain * At(Performance, context.Tick));
    }

    private static double At(ImmutableArray<double> series, int tick) =>
        tick >= 0 && tick < series.Length ? series[tick] : 0;
}
