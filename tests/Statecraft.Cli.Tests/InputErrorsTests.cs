namespace Statecraft.Cli.Tests;

/// <summary>Inputs that once crashed or gave a silently wrong forecast now end with exit code 2 and a located message on
/// standard error, without a stack trace.</summary>
public sealed class InputErrorsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("x:\n  {a: 1\ny:\n", "error SC1101: YAML syntax:")]
    [InlineData("statecraft: 1\ntitle: x\nissues:\n  - {id: a, name: A}\nactors:\n  - {id: B, name: B, capability: 1e308, stances: {a: {position: 50, salience: 1}}}\n",
        "bad.yaml:6:34: error SC1210: actors[0].capability = 1e308 is outside [1e-9, 1e9].")]
    public void BadScenario_ExitsWith2_AndALocatedMessageOnStandardError(string text, string expected)
    {
        var file = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(file, text);

        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", file, "--format", "json");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedYaml_IsRefused_WithoutOverflowingTheStack()
    {
        // A 70 KB file nested 35,000 levels deep once aborted the process.
        var file = Path.Combine(_folder, "deep.yaml");
        File.WriteAllText(file, "statecraft: 1\ntitle: " + new string('[', 35_000) + new string(']', 35_000) + "\n");

        var (code, output) = CliRunner.Run("validate", file);

        Assert.Equal(2, code);
        Assert.Contains("deep.yaml:2:", output, StringComparison.Ordinal);
        Assert.Contains("the nesting is deeper than 64 levels, the limit for a scenario file.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LineOfMegabytes_IsShownAsAWindowAroundTheColumn()
    {
        // Given: a decide file with a 726,028-character line took 71 s, most of it spent wrapping the echoed line
        var file = Path.Combine(_folder, "long.txt");
        var text = File.ReadAllText(CliRunner.Data("exchange/sample_data.txt"));
        File.WriteAllText(file, text.Replace("'#D'\t'PvdA'\t'tol-hoogte'", "'#D'\t'PvdA'\t'tol-hoogte" + new string('a', 726_028) + "'", StringComparison.Ordinal));

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", file, "--format", "json");

        // Then
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("long.txt:", stderr, StringComparison.Ordinal);
        Assert.Contains("…", stderr, StringComparison.Ordinal);
        Assert.True(stderr.Length < 2_000, $"{stderr.Length} characters on standard error");
    }

    [Fact]
    public void ThousandsOfErrors_ShowTheFirstHundredAndCountTheRest()
    {
        // Given: a DEU II file with its header repeated 1,977 times gave 102,268 errors and took 33 s of processor
        // time, nearly all of it printing them; 150 actors with a non-numeric capability stand in for it here
        var file = Path.Combine(_folder, "many.yaml");
        var actors = string.Concat(Enumerable.Range(0, 150).Select(k => $"  - {{id: A{k}, name: A{k}, capability: x, stances: {{a: {{position: 50, salience: 1}}}}}}\n"));
        File.WriteAllText(file, "statecraft: 1\ntitle: x\nissues:\n  - {id: a, name: A}\nactors:\n" + actors);

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", file, "--format", "json");

        // Then
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(100, stderr.Split('\n').Count(l => l.Contains(": error SC", StringComparison.Ordinal)));
        Assert.Contains("many.yaml:105:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("many.yaml:106:", stderr, StringComparison.Ordinal);
        Assert.Contains("… 50 more errors not shown; the first 100 are above.\n150 error(s); nothing was run.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EuBeyondItsMemoryBound_IsRefusedBeforeItStarts()
    {
        // Given: 3,001 actors (10,000 once took 8 GB and 101 s)
        var file = Path.Combine(_folder, "big.yaml");
        File.WriteAllText(file, "statecraft: 1\ntitle: big\nissues:\n  - {id: i, name: I}\nactors:\n"
            + string.Concat(Enumerable.Range(0, 3_001).Select(k => $"  - {{id: a{k}, name: A, capability: 1, stances: {{i: {{position: {k % 101}, salience: 1}}}}}}\n")));

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", file, "--model", "eu");

        // Then
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("--model eu runs on at most 3,000 actors and this scenario has 3,001: its ten n×n matrices need 81·n² bytes", stderr, StringComparison.Ordinal);
    }
}
