namespace Statecraft.Model.Unrest;

/// <summary>A maximal run of consecutive ticks with more actives than the outburst threshold (§5.12).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="StartTick">The first tick above the threshold.</param>
/// <param name="EndTick">The last tick above the threshold.</param>
/// <param name="Peak">The maximum actives.</param>
/// <param name="TotalActivation">The sum of actives over the outburst's ticks.</param>
public readonly record struct Outburst(int StartTick, int EndTick, int Peak, long TotalActivation)
{
    /// <summary>Gets the number of ticks.</summary>
    public int Duration => EndTick - StartTick + 1;
}
