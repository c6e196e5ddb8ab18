using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>An unrest sweep's per-run summary (§5.12) on hand-computed ticks, and its rows: each the single run of its seed, independent of threads and of how the runs are cut into shards.</summary>
public sealed class UnrestSweepTests
{
    private static readonly UnrestOptions Small = UnrestOptions.FromPreset(UnrestPreset.Statecraft) with { Width = 12, Height = 12, AgentVision = 2, CopVision = 2, OutburstThreshold = 5 };

    [Fact]
    public void Summary_HandComputedTicks()
    {
        // Given actives 0 3 5 1 4 4 0 3 with threshold 2: completed outbursts at ticks 1–2 and 4–5, one still going at tick 7
        int[] actives = [0, 3, 5, 1, 4, 4, 0, 3];
        var ticks = actives.Select((a, t) => new UnrestTick(t, 10 - a - t, a, t, 0.8 - (0.01 * t))).ToImmutableArray();
        var run = new UnrestRun(Small with { OutburstThreshold = 2 }, ticks);

        // When
        var s = UnrestSummary.From(run);

        // Then: 2 outbursts of 2 ticks, waiting 4 − 2 = 2, peak 5 at tick 2, mean 20 / 8, the last tick's counts
        Assert.Equal(new UnrestSummary(2, 5, 2, 2.5, 2, 2, 0, 3, 7, 0.8 - 0.07), s);
    }

    [Fact]
    public void Summary_PeakTies_TakeTheFirstTick_AndMeansOverNothingAreNaN()
    {
        int[] actives = [1, 4, 2, 4, 0];
        var ticks = actives.Select((a, t) => new UnrestTick(t, 5 - a, a, 0, 0.5)).ToImmutableArray();
        var s = UnrestSummary.From(new UnrestRun(Small with { OutburstThreshold = 3 }, ticks));
        Assert.Equal((2, 4, 1), (s.Outbursts, s.PeakActive, s.PeakTick));
        Assert.Equal(1, s.MeanOutburstTicks);
        Assert.Equal(2, s.MeanWaitingTicks);

        var none = UnrestSummary.From(new UnrestRun(Small with { OutburstThreshold = 10 }, ticks));
        Assert.Equal(0, none.Outbursts);
        Assert.True(double.IsNaN(none.MeanOutburstTicks) && double.IsNaN(none.MeanWaitingTicks));
        Assert.Equal(default, UnrestSummary.From(new UnrestRun(Small, [])));
    }

    [Property(MaxTest = 200)]
    public Property Summary_ThroughItsValues_ComesBackBitForBit(int a, int b, int c, double d, double e, double f, int g, int h, int i, double j)
    {
        var s = new UnrestSummary(a, b, c, d, e, f, g, h, i, j);
        var values = new double[UnrestSummary.Width];
        s.CopyTo(values);
        var back = UnrestSummary.FromValues(values);
        return (back.Equals(s) || Bits(back).SequenceEqual(Bits(s))).ToProperty();

        static long[] Bits(UnrestSummary x)
        {
            var v = new double[UnrestSummary.Width];
            x.CopyTo(v);
            return [.. v.Select(BitConverter.DoubleToInt64Bits)];
        }
    }

    [Fact]
    public void Sweep_Row_IsTheSummaryOfTheSingleRunOfItsSeed()
    {
        // Given two points × three seeds, seeds varying fastest
        var sweep = new UnrestSweep([Small, Small with { Legitimacy = 0.6 }], [11UL, 12UL, 13UL], 25);

        // When
        var rows = sweep.Run(ModelRunContext.Default, ShardRange.All(sweep.Runs));

        // Then row 4 is point 1 with seed 12
        Assert.Equal((1, 12UL), sweep.RunOf(4));
        var single = UnrestSummary.From(new UnrestModel(Small with { Legitimacy = 0.6 }).Run(25, 12));
        Assert.Equal(single, UnrestSummary.FromValues(rows.AsSpan(4 * UnrestSummary.Width)));
    }

    [Property(MaxTest = 12)]
    public Property Sweep_ShardsLaidEndToEnd_OnAnyThreads_AreTheWholeSweep(PositiveInt shardCount, bool twoThreads)
    {
        var shards = ((shardCount.Get - 1) % 9) + 1;
        var sweep = new UnrestSweep([Small, Small with { CopDensity = 0.08 }], [1UL, 2UL, 3UL, 4UL], 15);
        var whole = sweep.Run(ModelRunContext.Default, ShardRange.All(sweep.Runs));
        var context = ModelRunContext.Default with { MaxDegreeOfParallelism = twoThreads ? 2 : 1 };
        var parts = Enumerable.Range(0, shards).SelectMany(k => sweep.Run(context, ShardRange.Of(sweep.Runs, 1, k, shards))).ToArray();
        return parts.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(whole.Select(BitConverter.DoubleToInt64Bits)).ToProperty();
    }

    [Fact]
    public void Sweep_ReportsProgress_RisingToOne()
    {
        var sweep = new UnrestSweep([Small], [.. Enumerable.Range(1, 10).Select(i => (ulong)i)], 5);
        var seen = new List<double>();
        var progress = new Recorder(seen);
        sweep.Run(ModelRunContext.Default with { Progress = progress }, ShardRange.All(sweep.Runs));
        Assert.Equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], seen);
    }

    [Fact]
    public void Sweep_Cancelled_Throws()
    {
        var sweep = new UnrestSweep([Small], [1UL, 2UL], 10);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => sweep.Run(ModelRunContext.Default with { Cancellation = cancel.Token }, ShardRange.All(2)));
    }

    /// <summary>Records progress synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder(List<double> values) : IProgress<double>
    {
        public void Report(double value) => values.Add(value);
    }
}
