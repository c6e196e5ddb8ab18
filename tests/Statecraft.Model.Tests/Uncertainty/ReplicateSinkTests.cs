using FsCheck.Xunit;
using Statecraft.Model.Baselines;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class ReplicateSinkTests
{
    private const int BlockSize = MonteCarloForecaster.BlockSize;

    [Property(MaxTest = 10)]
    public void Run_WithSink_BlocksArriveInOrderAndHoldTheSamples(ulong seed, byte runsByte, byte threadsByte)
    {
        // Given
        var scenario = SyntheticScenarios.Create(5, 3, seed);
        var options = new MonteCarloOptions { Runs = 1 + (runsByte * 3) };
        var context = new ModelRunContext(seed) { MaxDegreeOfParallelism = 1 + (threadsByte % 6) };
        var sink = new RecordingSink();

        // When
        var streamed = MonteCarloForecaster.Run(new CompromiseModel(), scenario, ModelSettings.Empty, options, context, sink);
        var held = MonteCarloForecaster.Run(new CompromiseModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(seed));

        // Then: blocks 0, 64, 128 … with replicate r's issue d at [r·issues + d], and the result is the one without a sink.
        Assert.Equal(Enumerable.Range(0, (options.Runs + BlockSize - 1) / BlockSize).Select(b => b * BlockSize), sink.Firsts);
        var expected = Enumerable.Range(0, options.Runs).SelectMany(r => held.Issues.Select(d => d.Samples[r]));
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), sink.Values.Select(BitConverter.DoubleToInt64Bits));
        MonteCarloForecasterTests.AssertBitIdentical(held, streamed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_WithSink_EngineRunsAtMostAWindowOfBlocksAheadOfTheSink(int threads)
    {
        // Given: a model that counts the replicates begun; 6,400 replicates are 100 blocks.
        var model = new CountingModel();
        var scenario = SyntheticScenarios.Create(4, 2, 3);
        var options = new MonteCarloOptions { Runs = 100 * BlockSize };
        var begunAtEachBlock = new List<(int First, long Begun)>();
        var sink = new CallbackSink((first, _) => begunAtEachBlock.Add((first, Interlocked.Read(ref model.Runs))));

        // When
        MonteCarloForecaster.Run(model, scenario, ModelSettings.Empty, options, new ModelRunContext(5) { MaxDegreeOfParallelism = threads }, sink);

        // Then: when block b reaches the sink, no replicate past block b + 4·threads has begun (one run more: the
        // deterministic baseline); an engine that ran all replicates first would have begun all 6,400 at block 0.
        Assert.Equal(100, begunAtEachBlock.Count);
        Assert.All(begunAtEachBlock, x => Assert.True(x.Begun <= 1 + x.First + ((4 * threads) + 1) * BlockSize, $"block at {x.First}: {x.Begun} replicates begun"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_SinkThrows_TheRunStopsWithThatException(int threads)
    {
        // Given: a sink that fails on its third block, as a full disk would.
        var scenario = SyntheticScenarios.Create(4, 2, 3);
        var calls = 0;
        var sink = new CallbackSink((_, _) =>
        {
            if (++calls == 3)
            {
                throw new IOException("disk full");
            }
        });

        // When
        var ex = Assert.Throws<IOException>(() => MonteCarloForecaster.Run(
            new CompromiseModel(), scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 200 * BlockSize }, new ModelRunContext(5) { MaxDegreeOfParallelism = threads }, sink));

        // Then
        Assert.Equal("disk full", ex.Message);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Run_CancelledWhileWorkersWaitOnTheWindow_StopsWithCancellation()
    {
        // Given: the sink blocks on its second call until the run is cancelled, so the other workers fill the window and wait.
        using var cancellation = new CancellationTokenSource();
        var scenario = SyntheticScenarios.Create(4, 2, 3);
        var calls = 0;
        var sink = new CallbackSink((_, _) =>
        {
            if (++calls == 2)
            {
                cancellation.CancelAfter(50);
                cancellation.Token.WaitHandle.WaitOne();
            }
        });

        // When, Then
        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarloForecaster.Run(
            new CompromiseModel(), scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 200 * BlockSize },
            new ModelRunContext(5) { MaxDegreeOfParallelism = 3, Cancellation = cancellation.Token }, sink));
    }

    private sealed class RecordingSink : IReplicateSink
    {
        public List<int> Firsts { get; } = [];

        public List<double> Values { get; } = [];

        public void Accept(int first, ReadOnlySpan<double> outcomes)
        {
            Firsts.Add(first);
            Values.AddRange(outcomes);
        }
    }

    private sealed class CallbackSink(Action<int, int> accept) : IReplicateSink
    {
        public void Accept(int first, ReadOnlySpan<double> outcomes) => accept(first, outcomes.Length);
    }

    /// <summary>The compromise model without its value-only path, counting every run it begins.</summary>
    private sealed class CountingModel : IForecastModel
    {
        private readonly CompromiseModel _inner = new();

        public long Runs;

        public string Name => _inner.Name;

        public string Summary => _inner.Summary;

        public IReadOnlyList<ModelOption> Options => _inner.Options;

        public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
        {
            Interlocked.Increment(ref Runs);
            return _inner.Run(scenario, settings, context);
        }
    }
}
