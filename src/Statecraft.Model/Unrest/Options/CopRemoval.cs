namespace Statecraft.Model.Unrest.Options;

/// <summary>A gradual withdrawal of cops: the cop count falls linearly from its initial value to a final share over a window of ticks.</summary>
/// <remarks>
/// <para>Run 5 of Epstein (2002) reduces cops gradually; the replication specification removes them linearly to 0
/// over ticks 50–550 (§7.5). At tick τ the target is round(C₀·(1 − (1 − s)·p)), p = clamp((τ − start)/(end − start), 0, 1);
/// cops are removed from the highest index down (their sites are random, so this is a random subset).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="StartTick">The tick at which the withdrawal starts. Range: ≥ 0.</param>
/// <param name="EndTick">The tick at which it reaches <paramref name="FinalShare"/>. Range: &gt; <paramref name="StartTick"/>.</param>
/// <param name="FinalShare">The share of the initial cops left at the end. Range: [0, 1]. Default 0.</param>
public sealed record CopRemoval(int StartTick, int EndTick, double FinalShare = 0)
{
    /// <summary>Gets the replication's Run 5 withdrawal: all cops removed linearly over ticks 50–550.</summary>
    public static CopRemoval Run5 { get; } = new(50, 550);

    /// <summary>Returns the number of cops on duty at tick <paramref name="tick"/>.</summary>
    /// <param name="tick">τ.</param>
    /// <param name="initialCops">C₀.</param>
    /// <returns>The target count, between round(C₀·s) and C₀.</returns>
    public int CopsAt(int tick, int initialCops)
    {
        var progress = Math.Clamp((double)(tick - StartTick) / (EndTick - StartTick), 0, 1);
        return (int)Math.Round(initialCops * (1 - ((1 - FinalShare) * progress)), MidpointRounding.ToEven);
    }
}
