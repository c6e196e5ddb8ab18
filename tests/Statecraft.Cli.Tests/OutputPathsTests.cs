namespace Statecraft.Cli.Tests;

/// <summary>Output paths are checked before any work starts (a missing or write-protected folder, a folder where a file is
/// wanted), with the option and the path named, exit code 2 and nothing on standard output; the result is never computed
/// only to be lost, and no message names a temporary file.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // chmod
public sealed class OutputPathsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-paths-").FullName;

    public void Dispose()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Prepend(_folder))
        {
            File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("forecast --out {0}/missing/f.json", "--out {0}/missing/f.json")]
    [InlineData("forecast --chart {0}/missing/f.svg", "--chart {0}/missing/f.svg")]
    [InlineData("forecast --runs 5 --no-store --out {0}/missing/f.json", "--out {0}/missing/f.json")]
    [InlineData("unrest --ticks 5 --out {0}/missing/u.csv --format csv", "--out {0}/missing/u.csv")]
    [InlineData("unrest --ticks 5 --chart {0}/missing/u.png", "--chart {0}/missing/u.png")]
    [InlineData("simulate --rounds 2 --out {0}/missing/s.json", "--out {0}/missing/s.json")]
    [InlineData("assess --out {0}/missing/b.md --format markdown", "--out {0}/missing/b.md")]
    [InlineData("convert middle-east-2025 {0}/missing/c.yaml", "OUT {0}/missing/c.yaml")]
    public void Output_InAMissingFolder_IsRefusedBeforeTheRun(string command, string named)
    {
        // When
        var (code, stdout, stderr) = CliRunner.RunSplit(Args(command));

        // Then
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: {string.Format(null, named, _folder)}: the folder {_folder}/missing does not exist; create it first.", Joined(stderr));
    }

    [Fact]
    public void Output_ThatIsAFolder_IsRefused()
    {
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", "--format", "json", "--out", _folder);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: --out {_folder}: it is a folder; name a file inside it.", Joined(stderr));
    }

    [Fact]
    public void Output_InAWriteProtectedFolder_IsRefused()
    {
        // Given: chmod a-w (respected even when the tests run as root, who could write there)
        var locked = Directory.CreateDirectory(Path.Combine(_folder, "locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit("unrest", "--ticks", "5", "--chart", Path.Combine(locked, "u.svg"));

        // Then
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: --chart {locked}/u.svg: the folder {locked} is not writable; make it writable or choose another place.", Joined(stderr));
    }

    [Fact]
    public void Output_WriteProtectedFile_IsRefusedAndKept()
    {
        var file = Path.Combine(_folder, "kept.json");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead);

        var (code, _, stderr) = CliRunner.RunSplit("forecast", "--format", "json", "--out", file);

        Assert.Equal(2, code);
        Assert.Equal($"error: --out {file}: it is read-only; make it writable or choose another file.", Joined(stderr));
        Assert.Equal("old", File.ReadAllText(file));
    }

    [Fact]
    public void ShardOut_UnderAFile_IsRefused()
    {
        var file = Path.Combine(_folder, "plain");
        File.WriteAllText(file, string.Empty);

        var (code, _, stderr) = CliRunner.RunSplit("forecast", "--runs", "10", "--shard", "0/2", "--shard-out", Path.Combine(file, "shards"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --shard-out {file}/shards: {file} is a file, not a folder.", Joined(stderr));
    }

    [Fact]
    public void Output_Written_LeavesNoTemporaryFile()
    {
        var file = Path.Combine(_folder, "f.json");

        var (code, _) = CliRunner.Run("forecast", "--format", "json", "--out", file, "--chart", Path.Combine(_folder, "f.svg"));

        Assert.Equal(0, code);
        Assert.Equal(["f.json", "f.svg"], Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
    }

    private string[] Args(string command) => string.Format(null, command, _folder).Split(' ');

    // Messages wrap at the test console's width; the text is compared without the line breaks.
    private static string Joined(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);
}
