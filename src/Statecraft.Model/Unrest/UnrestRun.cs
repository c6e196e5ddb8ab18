using System.Collections.Immutable;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>The recorded ticks of one civil-violence run, with the outburst statistics of §5.12.</summary>
/// <remarks>Immutable and thread-safe. Record equality compares <see cref="Ticks"/> by reference.</remarks>
/// <param name="Options">The options of the run.</param>
/// <param name="Ticks">Ticks 0 … τ_max in order.</param>
public sealed record UnrestRun(UnrestOptions Options, ImmutableArray<UnrestTick> Ticks)
{
    /// <summary>Gets the root seed, when the run was seeded from one.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Returns the completed outbursts: maximal runs of ticks with actives &gt; <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The threshold; default the options' <see cref="UnrestOptions.OutburstThreshold"/>.</param>
    /// <returns>The outbursts in time order; a run still going on at the last tick is not counted.</returns>
    public ImmutableArray<Outburst> Outbursts(int? threshold = null)
    {
        var limit = threshold ?? Options.OutburstThreshold;
        var result = ImmutableArray.CreateBuilder<Outburst>();
        int start = -1, peak = 0;
        long total = 0;
        foreach (var t in Ticks)
        {
            if (t.Active > limit)
            {
                if (start < 0)
                {
                    (start, peak, total) = (t.Tick, 0, 0);
                }

                peak = Math.Max(peak, t.Active);
                total += t.Active;
            }
            else if (start >= 0)
            {
                result.Add(new Outburst(start, t.Tick - 1, peak, total));
                start = -1;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Returns the waiting times between consecutive completed outbursts: first tick of one minus last tick of the previous.</summary>
    /// <param name="threshold">The threshold; default the options' <see cref="UnrestOptions.OutburstThreshold"/>.</param>
    /// <returns>One value fewer than there are outbursts.</returns>
    public ImmutableArray<int> WaitingTimes(int? threshold = null)
    {
        var bursts = Outbursts(threshold);
        var result = ImmutableArray.CreateBuilder<int>(Math.Max(0, bursts.Length - 1));
        for (var k = 1; k < bursts.Length; k++)
        {
            result.Add(bursts[k].StartTick - bursts[k - 1].EndTick);
        }

        return result.MoveToImmutable();
    }
}
