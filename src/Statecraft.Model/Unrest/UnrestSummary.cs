using System.Collections.Immutable;

namespace Statecraft.Model.Unrest;

/// <summary>The summary of one civil-violence run that a sweep keeps: its outbursts, peak and final counts (§5.12).</summary>
/// <remarks>
/// <para>Every value is a whole number or a double, so a summary travels as <see cref="Width"/> doubles (a shard file's
/// row) and comes back bit for bit. A mean over nothing (no completed outburst, or fewer than two for a waiting time) is
/// <see cref="double.NaN"/>.</para>
/// <para>Immutable and thread-safe; <c>default</c> is the summary of a run with no ticks.</para>
/// </remarks>
/// <param name="Outbursts">The completed outbursts: maximal runs of ticks with more actives than the outburst threshold.</param>
/// <param name="PeakActive">The most actives at any tick.</param>
/// <param name="PeakTick">The first tick with <paramref name="PeakActive"/> actives.</param>
/// <param name="MeanActive">The mean actives over ticks 0 … τ_max.</param>
/// <param name="MeanOutburstTicks">The mean duration of the completed outbursts in ticks, or NaN when there is none.</param>
/// <param name="MeanWaitingTicks">The mean waiting time between consecutive completed outbursts in ticks, or NaN with fewer than two.</param>
/// <param name="FinalQuiet">Quiet free agents at the last tick.</param>
/// <param name="FinalActive">Active free agents at the last tick.</param>
/// <param name="FinalJailed">Jailed agents at the last tick.</param>
/// <param name="FinalLegitimacy">L at the last tick. Range: [0, 1].</param>
public readonly record struct UnrestSummary(
    int Outbursts,
    int PeakActive,
    int PeakTick,
    double MeanActive,
    double MeanOutburstTicks,
    double MeanWaitingTicks,
    int FinalQuiet,
    int FinalActive,
    int FinalJailed,
    double FinalLegitimacy)
{
    /// <summary>Gets the column names of a summary, in the order of <see cref="CopyTo"/>: snake case, as in a tidy CSV.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "outbursts", "peak_active", "peak_tick", "mean_active", "mean_outburst_ticks", "mean_waiting_ticks",
        "final_quiet", "final_active", "final_jailed", "final_legitimacy",
    ];

    /// <summary>Gets the number of values of a summary: the length of <see cref="Columns"/>.</summary>
    public static int Width => 10;

    /// <summary>Summarises a run.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The summary; a run with no ticks gives <c>default</c>.</returns>
    public static UnrestSummary From(UnrestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Ticks.IsEmpty)
        {
            return default;
        }

        var peak = run.Ticks[0];
        long actives = 0;
        foreach (var t in run.Ticks)
        {
            actives += t.Active;
            if (t.Active > peak.Active)
            {
                peak = t;
            }
        }

        var bursts = run.Outbursts();
        var waits = run.WaitingTimes();
        var last = run.Ticks[^1];
        return new UnrestSummary(
            bursts.Length,
            peak.Active,
            peak.Tick,
            (double)actives / run.Ticks.Length,
            bursts.IsEmpty ? double.NaN : (double)bursts.Sum(b => (long)b.Duration) / bursts.Length,
            waits.IsEmpty ? double.NaN : (double)waits.Sum(w => (long)w) / waits.Length,
            last.Quiet,
            last.Active,
            last.Jailed,
            last.Legitimacy);
    }

    /// <summary>Reads a summary written by <see cref="CopyTo"/>.</summary>
    /// <param name="values">At least <see cref="Width"/> values.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is shorter than <see cref="Width"/>.</exception>
    public static UnrestSummary FromValues(ReadOnlySpan<double> values)
    {
        if (values.Length < Width)
        {
            throw new ArgumentException($"A summary needs {Width} values; got {values.Length}.", nameof(values));
        }

        return new UnrestSummary(
            checked((int)values[0]), checked((int)values[1]), checked((int)values[2]), values[3], values[4], values[5],
            checked((int)values[6]), checked((int)values[7]), checked((int)values[8]), values[9]);
    }

    /// <summary>Writes the summary's <see cref="Width"/> values in the order of <see cref="Columns"/>.</summary>
    /// <param name="destination">At least <see cref="Width"/> values.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Width"/>.</exception>
    public void CopyTo(Span<double> destination)
    {
        if (destination.Length < Width)
        {
            throw new ArgumentException($"A summary needs {Width} values; got {destination.Length}.", nameof(destination));
        }

        destination[0] = Outbursts;
        destination[1] = PeakActive;
        destination[2] = PeakTick;
        destination[3] = MeanActive;
        destination[4] = MeanOutburstTicks;
        destination[5] = MeanWaitingTicks;
        destination[6] = FinalQuiet;
        destination[7] = FinalActive;
        destination[8] = FinalJailed;
        destination[9] = FinalLegitimacy;
    }
}
