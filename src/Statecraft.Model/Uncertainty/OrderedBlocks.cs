using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Uncertainty;

/// <summary>Runs blocks of work on up to <see cref="ModelRunContext.MaxDegreeOfParallelism"/> threads and hands each
/// finished block on in block order, holding at most a fixed window of blocks.</summary>
/// <remarks>
/// <para>Block b is produced into slot b mod W of a window of W slots, and only once block b − W has been consumed, so a
/// worker that runs ahead waits instead of holding more. Whichever worker finishes the next block in order consumes it,
/// and every finished block after it, one consumer at a time. <see cref="ParallelWork"/> hands out the blocks in
/// increasing order, so the lowest unfinished block never waits: the window cannot deadlock.</para>
/// <para>A failure in producing or consuming any block wakes the waiting workers, which stop, and reaches the caller as
/// <see cref="ParallelWork"/> reports it. Stateless and thread-safe.</para>
/// </remarks>
internal static class OrderedBlocks
{
    /// <summary>The window per thread, in blocks: enough that a slow block rarely stalls the others.</summary>
    private const int BlocksPerThread = 4;

    /// <summary>Produces every block in [0, <paramref name="count"/>) in parallel and consumes them in order.</summary>
    /// <typeparam name="TLocal">The per-thread state of the producers.</typeparam>
    /// <typeparam name="TSlot">A reusable holder of one block's result.</typeparam>
    /// <param name="count">The number of blocks.</param>
    /// <param name="context">Threads, progress and cancellation.</param>
    /// <param name="weightOf">The share of the total work each block is worth, in units.</param>
    /// <param name="createLocal">Makes one producer's state.</param>
    /// <param name="createSlot">Makes one slot of the window; slots are reused, so a producer must overwrite all it reads back.</param>
    /// <param name="produce">Computes block b into a slot.</param>
    /// <param name="consume">Takes block b from its slot; called in block order, never concurrently.</param>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    public static void For<TLocal, TSlot>(int count, ModelRunContext context, Func<int, long> weightOf, Func<TLocal> createLocal, Func<TSlot> createSlot, Action<int, TLocal, TSlot> produce, Action<int, TSlot> consume)
    {
        var window = Math.Max(1, Math.Min(count, BlocksPerThread * Math.Max(1, context.MaxDegreeOfParallelism)));
        var slots = new TSlot[window];
        for (var s = 0; s < window; s++)
        {
            slots[s] = createSlot();
        }

        var ready = new bool[window];
        var gate = new object();
        var next = 0;
        var consuming = false;
        var failed = false;
        using var wake = context.Cancellation.Register(() =>
        {
            lock (gate)
            {
                Monitor.PulseAll(gate);
            }
        });

        ParallelWork.For(count, context, weightOf, createLocal, (b, local) =>
        {
            try
            {
                lock (gate)
                {
                    while (b >= next + window && !failed)
                    {
                        context.Cancellation.ThrowIfCancellationRequested();
                        Monitor.Wait(gate);
                    }

                    if (failed)
                    {
                        return;
                    }
                }

                produce(b, local, slots[b % window]);
                lock (gate)
                {
                    ready[b % window] = true;
                    if (consuming)
                    {
                        return;
                    }

                    consuming = true;
                }

                while (true)
                {
                    int block;
                    lock (gate)
                    {
                        if (next == count || !ready[next % window])
                        {
                            consuming = false;
                            return;
                        }

                        block = next;
                    }

                    consume(block, slots[block % window]);
                    lock (gate)
                    {
                        ready[block % window] = false;
                        next++;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch
            {
                lock (gate)
                {
                    failed = true;
                    Monitor.PulseAll(gate);
                }

                throw;
            }
        });
    }
}
