using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Statecraft.Storage.Tests;

public sealed class RunStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-store-").FullName;

    private string StorePath => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static RunRecord Record(string title = "t", ulong seed = 42) =>
        new("monte-carlo", new string('a', 64), title, "{}", "compromise", """{"runs":10}""", seed, 10, 2, "0.1.0", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), """{"issues":[]}""");

    [Fact]
    public void SaveFind_Record_RoundTripsEveryField()
    {
        // Given
        using var store = RunStore.Open(StorePath);
        var record = Record(seed: ulong.MaxValue);

        // When
        var id = store.Save(record, [new SampleRow(0, 7, "x", 1.5), new SampleRow(0, 7, "y", null)]);
        var found = store.Find(id);

        // Then
        Assert.Equal(record with { Id = id }, found);
        Assert.Equal([new SampleRow(0, 7, "x", 1.5), new SampleRow(0, 7, "y", null)], store.Samples(id).ToArray());
        Assert.Null(store.Find(id + 1));
    }

    [Fact]
    public void Delete_Run_RemovesItAndItsSamples_Only()
    {
        using var store = RunStore.Open(StorePath);
        var first = store.Save(Record("one"), [new SampleRow(0, 1, "x", 2)]);
        var second = store.Save(Record("two"), [new SampleRow(0, 1, "x", 3)]);

        Assert.True(store.Delete(first));
        Assert.False(store.Delete(first));

        Assert.Null(store.Find(first));
        Assert.Empty(store.Samples(first));
        Assert.Equal([second], store.List().Select(r => r.Id));
        Assert.Single(store.Samples(second));
    }

    [Fact]
    public void Prune_KeepAndOlderThan_DeleteTheOldRuns()
    {
        using var store = RunStore.Open(StorePath);
        var now = DateTimeOffset.UtcNow;
        var ids = new[] { 40, 20, 3, 1 }.Select(days => store.Save(Record($"{days} days") with { CreatedUtc = now.AddDays(-days) }, [new SampleRow(0, 1, "x", days)])).ToArray();

        Assert.Equal(1, store.Prune(null, now.AddDays(-30)));
        Assert.Equal(ids[1..], store.List().Select(r => r.Id).Reverse());
        Assert.Equal(1, store.Prune(2, null));
        Assert.Equal(ids[2..], store.List().Select(r => r.Id).Reverse());
        Assert.Equal(0, store.Prune(5, now.AddDays(-10)));
        Assert.Empty(store.Samples(ids[0]));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Fact]
    public void List_SeveralRuns_NewestFirstWithSampleCounts()
    {
        // Given
        using var store = RunStore.Open(StorePath);
        var first = store.Save(Record("one"));
        var second = store.Save(Record("two"), [new SampleRow(0, 1, "x", 2), new SampleRow(1, 2, "x", 3)]);

        // When
        var list = store.List();

        // Then
        Assert.Equal([second, first], list.Select(r => r.Id).ToArray());
        Assert.Equal("two", list[0].ScenarioTitle);
        Assert.Equal(2, list[0].SampleCount);
        Assert.Equal(0, list[1].SampleCount);
    }

    [Fact]
    public void Save_SampleSourceThrowsMidway_NothingSaved()
    {
        // Given
        using var store = RunStore.Open(StorePath);
        store.Save(Record("kept"));

        // When
        Assert.Throws<InvalidOperationException>(() => store.Save(Record("lost"), Failing()));

        // Then
        Assert.Equal(["kept"], store.List().Select(r => r.ScenarioTitle).ToArray());
        Assert.Equal("ok", store.IntegrityCheck());

        static IEnumerable<SampleRow> Failing()
        {
            for (var i = 0; i < 25_000; i++)
            {
                yield return new SampleRow(i, 0, "x", i);
            }

            throw new InvalidOperationException("source failed");
        }
    }

    [Fact]
    public void Open_NewFile_UsesWriteAheadLogAndSchemaVersion()
    {
        using (RunStore.Open(StorePath))
        {
        }

        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version;";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public void Save_ProcessKilledMidTransaction_StoreReadableAndNoPartialRun()
    {
        // Given: one complete run, then a child process writing 20 million sample rows in one transaction.
        using (var store = RunStore.Open(StorePath))
        {
            store.Save(Record("complete"), [new SampleRow(0, 1, "x", 1)]);
        }

        var writer = Path.Combine(AppContext.BaseDirectory, "Statecraft.Storage.CrashWriter.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(StorePath);
        start.ArgumentList.Add("20000000");
        using var child = Process.Start(start)!;

        // When: kill it once 300,000 rows are written, far more than SQLite's page cache holds, so the uncommitted
        // transaction has reached the -wal file on disk.
        string? line;
        long rows = 0;
        while ((line = child.StandardOutput.ReadLine()) is not null && line != "committed")
        {
            if (long.TryParse(line, out rows) && rows >= 300_000)
            {
                break;
            }
        }

        var walBytes = new FileInfo(StorePath + "-wal").Length;
        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        // Then
        Assert.True(rows >= 300_000, $"the writer stopped early at {rows} rows ({line})");
        Assert.True(walBytes > 1_000_000, $"the -wal file held only {walBytes} bytes when the writer was killed");
        using var reopened = RunStore.Open(StorePath);
        Assert.Equal("ok", reopened.IntegrityCheck());
        var runs = reopened.List();
        Assert.Equal(["complete"], runs.Select(r => r.ScenarioTitle).ToArray());
        Assert.Equal(1, runs[0].SampleCount);
        using var connection = new SqliteConnection($"Data Source={StorePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM samples;";
        Assert.Equal(1L, command.ExecuteScalar());
    }
}
