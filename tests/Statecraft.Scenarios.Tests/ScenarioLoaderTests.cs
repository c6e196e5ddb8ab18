using System.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Tests;

public sealed class ScenarioLoaderTests : IDisposable
{
    private const string Minimal = "statecraft: 1\ntitle: T\nissues:\n  - { id: i, name: I }\nactors:\n  - { id: A, name: A, capability: 1, stances: { i: { position: 10, salience: 0.5 } } }\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-loader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Single(string path, Scenarios.Formats.ScenarioReadOptions? options = null)
    {
        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Load(path, options));
        return Assert.Single(e.Diagnostics).ToString();
    }

    [Fact]
    public void Load_MinimalYaml_ReturnsScenario()
    {
        // Given
        var path = Write("s.yaml", Encoding.UTF8.GetBytes(Minimal));

        // When
        var scenario = ScenarioLoader.Load(path);

        // Then
        Assert.Equal("T", scenario.Metadata.Title);
        Assert.Equal(0.5, scenario.Stances[0].Salience);
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_IsSkipped()
    {
        // Given
        var path = Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)]);

        // When
        var ok = ScenarioLoader.TryLoad(path, null, out var scenario, out var diagnostics);

        // Then
        Assert.True(ok, string.Join("\n", diagnostics));
        Assert.Equal("T", scenario!.Metadata.Title);
    }

    [Fact]
    public void Load_FileOverLimit_IsRefusedWithSizeAndLimit()
    {
        // Given: a sparse 65 MiB file, never committed
        var path = Path.Combine(_folder, "huge.yaml");
        using (var f = File.Create(path))
        {
            f.SetLength(65L * 1024 * 1024);
        }

        // When
        var message = Single(path);

        // Then
        Assert.Equal($"{path}: error SC1003: the file is 65 MiB (68,157,440 bytes); the limit is 64 MiB. A scenario file is a small text file; check that this is the right file.", message);
    }

    [Fact]
    public void Load_CustomLimit_IsApplied()
    {
        // Given
        var path = Write("s.yaml", Encoding.UTF8.GetBytes(Minimal));

        // When
        var message = Single(path, new Scenarios.Formats.ScenarioReadOptions { MaxFileBytes = 100 });

        // Then
        Assert.Equal($"{path}: error SC1003: the file is {Minimal.Length} bytes ({Minimal.Length} bytes); the limit is 100 bytes. A scenario file is a small text file; check that this is the right file.", message);
    }

    [Fact]
    public void Load_NulByte_IsRefusedAsBinaryWithOffset()
    {
        // Given
        var path = Write("binary.yaml", [(byte)'s', (byte)'t', 0, 1, 2]);

        // When
        var message = Single(path);

        // Then
        Assert.Equal($"{path}: error SC1004: the file is binary: it contains a NUL byte at offset 2. Scenario files are UTF-8 text (YAML, CSV or XML).", message);
    }

    [Fact]
    public void Load_InvalidUtf8_IsRefusedWithOffset()
    {
        // Given: Windows-1252 'é' (0xE9) where UTF-8 is expected
        var path = Write("latin1.yaml", [.. "title: caf"u8, 0xE9, (byte)'\n']);

        // When
        var message = Single(path);

        // Then
        Assert.Equal($"{path}: error SC1005: the file is not valid UTF-8: byte 0xE9 at offset 10 is not part of a UTF-8 character. Save the file as UTF-8 (it may be in a legacy encoding such as Windows-1252, or binary).", message);
    }

    [Fact]
    public void Load_Utf16_IsRefused()
    {
        // Given
        var path = Write("utf16.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Minimal)).ToArray());

        // When
        var message = Single(path);

        // Then
        Assert.Equal($"{path}: error SC1005: the file is UTF-16 text (byte order mark at offset 0); scenario files are UTF-8. Save it as UTF-8.", message);
    }

    [Fact]
    public void Load_MissingFile_SuggestsNearestName()
    {
        // Given
        Write("scenario.yaml", Encoding.UTF8.GetBytes(Minimal));
        var path = Path.Combine(_folder, "scenaro.yaml");

        // When
        var message = Single(path);

        // Then
        Assert.Equal($"{path}: error SC1001: file '{path}' does not exist. Did you mean 'scenario.yaml'?", message);
    }

    [Fact]
    public void Load_Directory_IsRefused()
    {
        // When
        var message = Single(_folder);

        // Then
        Assert.Equal($"{_folder}: error SC1002: '{_folder}' is a folder, not a scenario file. Give the path of a file inside it.", message);
    }

    [Fact]
    public void Load_UnknownExtensionAndContent_AsksForFormat()
    {
        // Given
        var path = Write("notes.txt", Encoding.UTF8.GetBytes("just some notes\n"));

        // When
        var message = Single(path);

        // Then
        Assert.StartsWith($"{path}: error SC1006: cannot tell which scenario format 'notes.txt' is in. Name it with --input-format (", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFormatName_ListsKnownOnes()
    {
        // Given
        var path = Write("s.yaml", Encoding.UTF8.GetBytes(Minimal));

        // When
        var message = Single(path, new Scenarios.Formats.ScenarioReadOptions { Format = "yml" });

        // Then
        Assert.StartsWith($"{path}: error SC1008: --input-format yml is not a known format. Known formats: yaml", message, StringComparison.Ordinal);
        Assert.EndsWith("Did you mean 'yaml'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAllText_ReplacesFileAndLeavesNoTemporaryFile()
    {
        // Given
        var path = Write("out.yaml", Encoding.UTF8.GetBytes("old"));

        // When
        AtomicFile.WriteAllText(path, "new text");

        // Then
        Assert.Equal("new text", File.ReadAllText(path));
        Assert.Equal(["out.yaml"], Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void WriteText_WriterThrowsHalfway_OldFileKeptAndNoTemporaryFile()
    {
        // Given: a file, and a writer that fails after its first rows, as a cancelled run does.
        var path = Write("runs.csv", Encoding.UTF8.GetBytes("old"));

        // When
        Assert.Throws<OperationCanceledException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write(new string('x', 100_000));
            throw new OperationCanceledException();
        }));

        // Then
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["runs.csv"], Directory.GetFiles(_folder).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public void WriteText_WritesUtf8WithoutByteOrderMark()
    {
        // Given
        var path = Path.Combine(_folder, "é.csv");

        // When
        AtomicFile.WriteText(path, w => w.Write("é\n"));

        // Then
        Assert.Equal([0xC3, 0xA9, (byte)'\n'], File.ReadAllBytes(path));
    }
}
