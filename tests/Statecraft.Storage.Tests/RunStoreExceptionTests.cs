using Microsoft.Data.Sqlite;

namespace Statecraft.Storage.Tests;

/// <summary>Every SQLite failure of the store becomes a message naming the store's path and what to do.</summary>
public sealed class RunStoreExceptionTests
{
    private const string Elsewhere = "point --store or STATECRAFT_STORE at another file, or pass --no-store to run without storing";

    [Theory]
    [InlineData(8, "is read-only; make the file and its folder writable, or " + Elsewhere)]
    [InlineData(13, "cannot grow: the disk is full; free some space or delete old runs (statecraft runs prune --keep N), or " + Elsewhere)]
    [InlineData(11, "is damaged or is not a Statecraft run store; move it aside (a new store is then created in its place), or " + Elsewhere)]
    [InlineData(26, "is damaged or is not a Statecraft run store; move it aside (a new store is then created in its place), or " + Elsewhere)]
    [InlineData(5, "is locked by another process for longer than 10 s; try again when that process ends, or " + Elsewhere)]
    [InlineData(6, "is locked by another process for longer than 10 s; try again when that process ends, or " + Elsewhere)]
    [InlineData(14, "cannot be opened (is it a folder, or is its folder missing or not writable?); " + Elsewhere)]
    [InlineData(10, "could not be read or written (a disk error); check the disk, or " + Elsewhere)]
    [InlineData(1034, "could not be read or written (a disk error); check the disk, or " + Elsewhere)]
    public void From_SqliteFailure_NamesTheStoreAndWhatToDo(int code, string expected)
    {
        // Given: 1034 is SQLITE_IOERR_FSYNC, an extended code of SQLITE_IOERR
        var error = new SqliteException("SQLite Error: 'x'.", code);

        // When
        var ex = RunStoreException.From(error, "/data/runs.db");

        // Then
        Assert.Equal($"the run store /data/runs.db {expected}. (SQLite Error: 'x'.)", ex.Message);
        Assert.Equal("/data/runs.db", ex.StorePath);
        Assert.Same(error, ex.InnerException);
    }

    [Fact]
    public void Save_LockedByAnotherWriter_NamesTheStore()
    {
        // Given: a second connection holds the write lock; this one waits 10 s, then gives up
        var path = Path.Combine(Directory.CreateTempSubdirectory("statecraft-lock-").FullName, "runs.db");
        using var store = RunStore.Open(path);
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN EXCLUSIVE;";
        hold.ExecuteNonQuery();

        // When
        var ex = Assert.Throws<RunStoreException>(() => store.Delete(1));

        // Then
        Assert.StartsWith($"the run store {path} is locked by another process for longer than 10 s;", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenReadOnly_ListsRuns_AndRefusesToSave()
    {
        // Given
        var path = Path.Combine(Directory.CreateTempSubdirectory("statecraft-ro-").FullName, "runs.db");
        var record = new RunRecord("monte-carlo", "hash", "title", "text", "compromise", "{}", 1, 10, 1, "0.1.0", DateTimeOffset.UnixEpoch, "{}");
        using (var writable = RunStore.Open(path))
        {
            writable.Save(record);
        }

        // When
        using var store = RunStore.OpenReadOnly(path);
        var ex = Assert.Throws<RunStoreException>(() => store.Save(record));

        // Then
        Assert.Equal(["title"], store.List().Select(r => r.ScenarioTitle).ToArray());
        Assert.StartsWith($"the run store {path} is read-only;", ex.Message, StringComparison.Ordinal);
    }
}
