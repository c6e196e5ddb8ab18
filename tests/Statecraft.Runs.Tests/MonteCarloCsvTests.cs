using System.Text;
using Statecraft.Scenarios;
using Statecraft.Scenarios.Formats;
using Statecraft.Storage;

namespace Statecraft.Runs.Tests;

public sealed class MonteCarloCsvTests : IDisposable
{
    private const int Runs = 20_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LoadedScenario ThreeActors() =>
        ScenarioResolver.Resolve(Path.Combine(AppContext.BaseDirectory, "data", "cli", "three-actors.yaml"), ScenarioReadOptions.Default);

    private static RunRequest Request(LoadedScenario loaded, int runs, int threads)
    {
        var model = ModelResolver.Resolve(null);
        return RunRequests.MonteCarlo(loaded, model, ModelResolver.Settings(loaded.Scenario, model, null, null, []), 5, runs, threads);
    }

    [Fact]
    public void Execute_CsvSink_RowsAreWrittenWhileTheReplicatesRun()
    {
        // Given: a writer that counts the rows it has received, read each time the run reports progress.
        var loaded = ThreeActors();
        var writer = new CountingWriter();
        var seen = new List<(double Done, long Rows)>();
        var progress = new SyncProgress(p => seen.Add((p, writer.Lines - 1)));

        // When
        RunExecutor.Execute(loaded.Scenario, Request(loaded, Runs, 2), progress, CancellationToken.None,
            replicates: new MonteCarloCsv(writer, loaded.Scenario.Issues.Select(i => i.Id), 5));

        // Then: once a share p of the replicates is done, all but a window of 8 blocks (2 threads) of their rows are out;
        // a writer that held the rows until the end would show none before the last report.
        var issues = loaded.Scenario.Issues.Length;
        Assert.Equal(1 + (Runs * issues), writer.Lines);
        Assert.Contains(seen, s => s.Done is > 0.2 and < 0.8);
        Assert.All(seen, s => Assert.True(s.Rows >= ((long)(s.Done * Runs) - (8 * 64)) * issues, $"{s.Rows} rows out at {s.Done:P0} done"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Execute_CsvSink_SameBytesAsWrittenFromTheHeldSamples(int threads)
    {
        // Given
        var loaded = ThreeActors();
        var streamed = new StringWriter();

        // When
        var run = RunExecutor.Execute(loaded.Scenario, Request(loaded, 1000, threads), null, CancellationToken.None,
            replicates: new MonteCarloCsv(streamed, loaded.Scenario.Issues.Select(i => i.Id), 5));
        var held = new StringWriter();
        MonteCarloCsv.Write(run.MonteCarlo!, held);

        // Then
        Assert.Equal(held.ToString(), streamed.ToString());
        Assert.StartsWith("replicate,seed,issue,value\n0,", streamed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_CancelledWhileStreamingToAFile_LeavesNoFile()
    {
        // Given: the run is cancelled once the first rows have reached the temporary file.
        var loaded = ThreeActors();
        var target = Path.Combine(_folder, "mc.csv");
        using var cancellation = new CancellationTokenSource();

        // When
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.WriteText(target, w =>
            RunExecutor.Execute(loaded.Scenario, Request(loaded, Runs, 2), null, cancellation.Token,
                replicates: new CancellingSink(new MonteCarloCsv(w, loaded.Scenario.Issues.Select(i => i.Id), 5), cancellation))));

        // Then: neither the target nor the temporary file is left.
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Execute_SinkForAnotherKind_IsRefused()
    {
        var loaded = ThreeActors();
        var model = ModelResolver.Resolve(null);
        var request = RunRequests.Sensitivity(loaded, model, ModelResolver.Settings(loaded.Scenario, model, null, null, []), 5, sobol: false, samples: 0, [], threads: 1);

        var ex = Assert.Throws<ArgumentException>(() => RunExecutor.Execute(loaded.Scenario, request, null, CancellationToken.None,
            replicates: new MonteCarloCsv(TextWriter.Null, [], 5)));

        Assert.StartsWith($"A {request.Kind} run has no replicates to stream.", ex.Message, StringComparison.Ordinal);
    }

    private sealed class CountingWriter : TextWriter
    {
        private long _lines;

        public long Lines => Interlocked.Read(ref _lines);

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Interlocked.Increment(ref _lines);
            }
        }
    }

    private sealed class CancellingSink(MonteCarloCsv inner, CancellationTokenSource cancellation) : Model.Uncertainty.IReplicateSink
    {
        public void Accept(int first, ReadOnlySpan<double> outcomes)
        {
            inner.Accept(first, outcomes);
            if (first > 0)
            {
                cancellation.Cancel();
            }
        }
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
