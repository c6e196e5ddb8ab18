namespace Statecraft.Model.Unrest;

/// <summary>Legitimacy that follows a given path: constant, then a linear slide (or a jump) to a target (Epstein 2002, Runs 3–4).</summary>
/// <remarks>
/// <para>L(τ) = <see cref="From"/> for τ &lt; <see cref="StartTick"/>; from then on L moves towards <see cref="To"/> by
/// <see cref="RatePerTick"/> per tick, reaching From ∓ rate·(τ − start + 1) at tick τ, and never passing the target. An
/// infinite rate is a jump. The value for tick τ + 1 is set at the end of tick τ, so grievances always use the path's
/// value for the tick being played.</para>
/// <para>Salami (Run 3): from 0.9 to 0.2 by 0.01 per tick from τ = 77. Jump (Run 4): from 0.9 to 0.7 at τ = 77.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="From">The value before the start. Range: [0, 1].</param>
/// <param name="To">The target. Range: [0, 1].</param>
/// <param name="StartTick">The first tick that differs from <paramref name="From"/>. Range: ≥ 1.</param>
/// <param name="RatePerTick">The change per tick; +∞ for a jump. Range: &gt; 0.</param>
public sealed record ScheduledLegitimacy(double From, double To, int StartTick, double RatePerTick) : LegitimacyLaw
{
    /// <summary>Gets Run 3's salami path: 0.9, then −0.01 per tick from τ = 77 down to 0.2.</summary>
    public static ScheduledLegitimacy Salami { get; } = new(0.9, 0.2, 77, 0.01);

    /// <summary>Gets Run 4's jump: 0.9, then 0.7 from τ = 77.</summary>
    public static ScheduledLegitimacy Jump { get; } = new(0.9, 0.7, 77, double.PositiveInfinity);

    /// <inheritdoc />
    public override string Name => double.IsPositiveInfinity(RatePerTick) ? "jump" : "salami";

    /// <summary>Returns the path's value at tick <paramref name="tick"/>.</summary>
    /// <param name="tick">τ ≥ 0.</param>
    /// <returns>L(τ).</returns>
    public double At(int tick)
    {
        if (tick < StartTick)
        {
            return From;
        }

        if (double.IsPositiveInfinity(RatePerTick))
        {
            return To;
        }

        var step = RatePerTick * (tick - StartTick + 1);
        return To < From ? Math.Max(To, From - step) : Math.Min(To, From + step);
    }

    /// <inheritdoc />
    public override double Initial(double initialLegitimacy) => At(0);

    /// <inheritdoc />
    public override double Advance(double current, in LegitimacyContext context, LocalPerception? local) => At(context.Tick + 1);
}
