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
    public async Task Fifo_AsScenario_IsRefusedWithoutWaitingForAWriter()
    {
        // Given: a FIFO nobody writes to; opening it would block for ever
        var fifo = Path.Combine(_folder, "pipe.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // When: run on another thread, so that a regression fails here instead of hanging the test run
        var run = Task.Run(() => CliRunner.RunSplit("forecast", fifo));
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2)));

        // Then
        Assert.True(first == run, "statecraft blocked on the FIFO");
        var (code, stdout, stderr) = await run;
        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Contains($"{fifo}: error SC1010: '{fifo}' has nothing to read: it is empty, or it is not a regular file (a FIFO, a device or a socket).", stderr.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/null", "yaml")]
    [InlineData("/dev/zero", "ktab-csv")]
    public void Device_AsScenario_IsRefused(string device, string format)
    {
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", device, "--input-format", format);

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Contains($"error SC1010: '{device}' has nothing to read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SmpDocumentedAbort_OnADeuProposal_IsExit2_NamingTheProposalAndTheReason()
    {
        // Given: proposal d96161 of the DEU II data, where KTAB's Q4 check stops SMP in its compatible mode
        var deu = File.ReadAllLines(CliRunner.Data("deu2/DEU2-EU15.csv"));
        var file = Path.Combine(_folder, "d96161.csv");
        File.WriteAllLines(file, [deu[0], .. deu.Where(l => l.Contains(",d96161,", StringComparison.Ordinal))]);

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", file, "--model", "smp");
        var (corrected, _) = CliRunner.Run("forecast", file, "--model", "smp", "--set", "mode=corrected");

        // Then
        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.Equal(
            $"error: {file}, proposal d96161: model smp stops where KTAB aborts, at turn 0 (quirk Q4): the risk-aware utilities equal the risk-neutral ones to within 1e-6. Use --set mode=corrected to run past this check (docs/models/spatial.md).",
            stderr.Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(0, corrected);
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
