using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Uncertainty;

/// <summary>Runs independent work items on up to <see cref="ModelRunContext.MaxDegreeOfParallelism"/> threads, with progress and cancellation.</summary>
/// <remarks>
/// Each item writes its result into its own slot, so the outcome never depends on scheduling; callers reduce the slots
/// in index order afterwards. Progress is reported at most once per percent, from inside a lock, so the values a sink
/// sees never decrease. Stateless and thread-safe.
/// </remarks>
internal static class ParallelWork
{
    /// <summary>Runs <paramref name="body"/> for every index in [0, <paramref name="count"/>).</summary>
    /// <param name="count">The number of items.</param>
    /// <param name="context">Threads, progress and cancellation.</param>
    /// <param name="weightOf">The share of the total work each item is worth, in units (e.g. the replicates in a block).</param>
    /// <param name="body">The work; it must write only to its own slot.</param>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    public static void For(int count, ModelRunContext context, Func<int, long> weightOf, Action<int> body) =>
        For<object?>(count, context, weightOf, static () => null, (i, _) => body(i));

    /// <summary>Runs <paramref name="body"/> for every index in [0, <paramref name="count"/>), with per-thread state.</summary>
    /// <typeparam name="TLocal">The per-thread state, e.g. reusable buffers.</typeparam>
    /// <param name="count">The number of items.</param>
    /// <param name="context">Threads, progress and cancellation.</param>
    /// <param name="weightOf">The share of the total work each item is worth, in units (e.g. the replicates in a block).</param>
    /// <param name="createLocal">Makes the state of one worker; called once per worker, not per item.</param>
    /// <param name="body">The work; it must write only to its own slot, and its result must not depend on what the state held before.</param>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    public static void For<TLocal>(int count, ModelRunContext context, Func<int, long> weightOf, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            total += weightOf(i);
        }

        var progress = context.Progress;
        var gate = new object();
        long done = 0;
        var reported = -1L;
        void Step(int i, TLocal local)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            body(i, local);
            if (progress is null || total == 0)
            {
                return;
            }

            var now = Interlocked.Add(ref done, weightOf(i));
            var percent = now * 100 / total;
            if (percent > Volatile.Read(ref reported))
            {
                lock (gate)
                {
                    if (percent > reported)
                    {
                        reported = percent;
                        progress.Report(Math.Min(1.0, (double)now / total));
                    }
                }
            }
        }

        var threads = Math.Max(1, context.MaxDegreeOfParallelism);
        if (threads == 1 || count <= 1)
        {
            var local = createLocal();
            for (var i = 0; i < count; i++)
            {
                Step(i, local);
            }

            return;
        }

        // One worker per thread, each with one state for its whole life, taking the next index from a shared counter:
        // no task replication and no state made per partition. The first failure stops every worker at its next item.
        var next = -1;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        void Worker()
        {
            try
            {
                var local = createLocal();
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    Step(i, local);
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
                Volatile.Write(ref next, count);
            }
        }

        var workers = new Task[Math.Min(threads, count) - 1];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Factory.StartNew(Worker, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Worker();
        Task.WaitAll(workers);
        context.Cancellation.ThrowIfCancellationRequested();
        if (failures.TryPeek(out var first))
        {
            if (failures.Count == 1)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }

            throw new AggregateException(failures);
        }
    }
}
