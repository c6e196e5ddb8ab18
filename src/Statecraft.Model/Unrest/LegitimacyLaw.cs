using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>A rule that updates the regime's legitimacy L once per tick from the tick's end counts (§5.14).</summary>
/// <remarks>
/// <para>The law runs after the jail countdown of the tick; the new L, and the grievances G = H·(1 − L) recomputed
/// from it, apply from the next tick. The simulation clamps the result to [0, 1].</para>
/// <para>Laws are immutable and thread-safe.</para>
/// </remarks>
public abstract record LegitimacyLaw
{
    /// <summary>Gets the scope: one global L, or one per agent.</summary>
    public virtual LegitimacyScope Scope => LegitimacyScope.Global;

    /// <summary>Gets a kebab-case name for output (e.g. <c>linear-erosion</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Returns L at τ = 0, before the first tick.</summary>
    /// <param name="initialLegitimacy">L₀, the scenario's value.</param>
    /// <returns>The initial L; L₀ unless the law defines L as an aggregate.</returns>
    public virtual double Initial(double initialLegitimacy) => initialLegitimacy;

    /// <summary>Returns the baseline L* for the next tick (only the synthesis law moves it).</summary>
    /// <param name="baseline">The current L*.</param>
    /// <param name="context">The tick's end counts.</param>
    /// <returns>The new L*; unchanged by default.</returns>
    public virtual double NextBaseline(double baseline, in LegitimacyContext context) => baseline;

    /// <summary>Returns L for the next tick from the current L (global scope, or one agent's L_i under local scope).</summary>
    /// <param name="current">L_τ (or L_i,τ).</param>
    /// <param name="context">The tick's end counts.</param>
    /// <param name="local">The agent's local perception under <see cref="LegitimacyScope.Local"/>; <see langword="null"/> under global scope.</param>
    /// <returns>L_{τ+1} before clamping.</returns>
    public abstract double Advance(double current, in LegitimacyContext context, LocalPerception? local);
}
