using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Model.Tests.Uncertainty;

public class ParallelWorkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void For_EveryIndexOnce_OneStatePerWorker(int threads)
    {
        // Given 1,000 items on a number of threads, each worker counting its own items in its own state,
        var hits = new int[1000];
        var states = new System.Collections.Concurrent.ConcurrentBag<int[]>();
        ParallelWork.For(hits.Length, new ModelRunContext(1) { MaxDegreeOfParallelism = threads }, _ => 1,
            () => { var s = new int[1]; states.Add(s); return s; },
            (i, s) => { Interlocked.Increment(ref hits[i]); s[0]++; });

        // Then every index ran exactly once, and no more states were made than threads.
        Assert.All(hits, h => Assert.Equal(1, h));
        Assert.InRange(states.Count, 1, threads);
        Assert.Equal(hits.Length, states.Sum(s => s[0]));
    }

    [Fact]
    public void For_AnItemFails_TheOriginalExceptionSurfacesAndTheOthersStop()
    {
        // Given item 37 of 100,000 failing on two threads,
        var ran = 0;
        void Body(int i)
        {
            Interlocked.Increment(ref ran);
            if (i == 37)
            {
                throw new InvalidOperationException("item 37 failed");
            }
        }

        // Then the caller sees that exception itself (not wrapped), and the remaining items are not all run.
        var e = Assert.Throws<InvalidOperationException>(() => ParallelWork.For(100_000, new ModelRunContext(1) { MaxDegreeOfParallelism = 2 }, _ => 1, Body));
        Assert.Equal("item 37 failed", e.Message);
        Assert.True(ran < 100_000, $"{ran} items ran");
    }

    [Fact]
    public void For_CancelledMidway_ThrowsOperationCanceled()
    {
        // Given a token cancelled by item 10 on two threads,
        using var cts = new CancellationTokenSource();
        var context = new ModelRunContext(1) { MaxDegreeOfParallelism = 2, Cancellation = cts.Token };

        // Then the run ends with OperationCanceledException.
        Assert.ThrowsAny<OperationCanceledException>(() => ParallelWork.For(100_000, context, _ => 1, i =>
        {
            if (i == 10)
            {
                cts.Cancel();
            }
        }));
    }
}
