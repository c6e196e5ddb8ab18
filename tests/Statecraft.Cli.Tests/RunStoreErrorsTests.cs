namespace Statecraft.Cli.Tests;

/// <summary>A read-only store can still be listed and read; a store that cannot take a run (read-only, a folder, a damaged
/// file) is refused before the run starts, with the store's path and what to do, exit code 2.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // chmod
public sealed class RunStoreErrorsTests : IDisposable
{
    private const string WhatToDo = "To save this run, point --store or STATECRAFT_STORE at a writable file, or pass --no-store to run without storing.";

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-store-").FullName;

    public void Dispose()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void ReadOnlyStore_IsListedAndShown_AndANewRunIsRefusedUpFront()
    {
        // Given: a store with one run, then chmod a-w
        var store = Path.Combine(_folder, "runs.db");
        Assert.Equal(0, CliRunner.Run("forecast", "--runs", "10", "--store", store).ExitCode);
        File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        // When
        var list = CliRunner.Run("runs", "list", "--store", store);
        var show = CliRunner.Run("runs", "show", "1", "--store", store);
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", "--runs", "10", "--store", store);

        // Then
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("monte-car", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.StartsWith("run 1: monte-carlo, model compromise, seed 42, 10 runs", show.Output, StringComparison.Ordinal);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: the run store {store} cannot be written: it is read-only; make it writable or choose another file. Its runs can still be listed and read. {WhatToDo}", Joined(stderr));
    }

    [Fact]
    public void DamagedStore_NamesThePathAndWhatToDo_BeforeTheRun()
    {
        var store = Path.Combine(_folder, "damaged.db");
        File.WriteAllBytes(store, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251))]);

        var (listCode, listOut, listErr) = CliRunner.RunSplit("runs", "list", "--store", store);
        var (runCode, runOut, runErr) = CliRunner.RunSplit("forecast", "--runs", "10", "--store", store);

        const string Message = "is damaged or is not a Statecraft run store; move it aside (a new store is then created in its place), or point --store or STATECRAFT_STORE at another file, or pass --no-store to run without storing. (SQLite Error 26: 'file is not a database'.)";
        Assert.Equal((2, string.Empty), (listCode, listOut));
        Assert.Equal($"error: the run store {store} {Message}", Joined(listErr));
        Assert.Equal((2, string.Empty), (runCode, runOut));
        Assert.Equal($"error: the run store {store} {Message}", Joined(runErr));
    }

    [Fact]
    public void FolderInPlaceOfTheStore_IsRefused()
    {
        var store = Directory.CreateDirectory(Path.Combine(_folder, "runs.db")).FullName;

        var (runCode, _, runErr) = CliRunner.RunSplit("sensitivity", "--store", store);
        var (listCode, _, listErr) = CliRunner.RunSplit("runs", "list", "--store", store);

        Assert.Equal(2, runCode);
        Assert.Equal($"error: the run store {store} cannot be written: it is a folder; name a file inside it. {WhatToDo}", Joined(runErr));
        Assert.Equal(2, listCode);
        Assert.Equal($"error: the run store {store} is a folder; point --store or STATECRAFT_STORE at a store file.", Joined(listErr));
    }

    [Fact]
    public void MissingStore_ListSaysThereAreNoRunsYet()
    {
        var store = Path.Combine(_folder, "none.db");

        var (code, output) = CliRunner.Run("runs", "list", "--store", store);

        Assert.Equal(0, code);
        Assert.Equal($"no runs yet: there is no run store at {store}; runs are saved by 'forecast --runs N' and 'sensitivity'.\n", output);
        Assert.False(File.Exists(store));
    }

    // Messages wrap at the test console's width; the text is compared without the line breaks.
    private static string Joined(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);
}
