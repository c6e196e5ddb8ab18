using System.Text.Json;
using Statecraft.Scenarios;
using Statecraft.Storage;

namespace Statecraft.Cli.Tests;

/// <summary>One scenario hash everywhere: plain forecasts, Monte Carlo output and the run store agree, and file layout does not change it.</summary>
public sealed class ScenarioHashTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-cli-hash-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Hash_PlainForecastMonteCarloAndStore_AreTheCanonicalHash()
    {
        // Given
        var expected = ScenarioCanonicalForm.Hash(BundledScenarios.Load("middle-east-2025"));

        // When
        var plain = HashOf(CliRunner.Run("forecast", "--model", "eu", "--format", "json"));
        var monteCarlo = HashOf(CliRunner.Run("forecast", "--model", "eu", "--runs", "20", "--format", "json", "--no-store"));
        var stored = CliRunner.Run("forecast", "--model", "eu", "--runs", "20", "--store", Store);
        var show = CliRunner.Run("runs", "show", "1", "--store", Store);

        // Then
        Assert.Equal(expected, plain);
        Assert.Equal(expected, monteCarlo);
        Assert.Equal(0, stored.ExitCode);
        Assert.Contains($"(sha256 {expected})", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_SameScenarioWrittenDifferently_SameHash()
    {
        // Given: the same scenario with other comments, blank lines, key order and flow/block style.
        var original = CliRunner.Data("cli/three-actors.yaml");
        var text = File.ReadAllText(original);
        var relaid = Path.Combine(_folder, "relaid.yaml");
        File.WriteAllText(relaid, "# another comment\n\n" + text
            .Replace("ceasefire: { position: 0, salience: 1 }", "ceasefire:\n        salience: 1   # moved\n        position: 0", StringComparison.Ordinal)
            .Replace("title: \"Three actors, two issues\"", "title:    Three actors, two issues", StringComparison.Ordinal));

        // When
        var a = HashOf(CliRunner.Run("forecast", original, "--format", "json"));
        var b = HashOf(CliRunner.Run("forecast", relaid, "--format", "json"));

        // Then
        Assert.Equal(a, b);
    }

    [Fact]
    public void Hash_OneNumberChanged_HashChanges()
    {
        // Given
        var original = CliRunner.Data("cli/three-actors.yaml");
        var changed = Path.Combine(_folder, "changed.yaml");
        File.WriteAllText(changed, File.ReadAllText(original).Replace("capability: 25", "capability: 26", StringComparison.Ordinal));

        // When
        var a = HashOf(CliRunner.Run("forecast", original, "--format", "json"));
        var b = HashOf(CliRunner.Run("forecast", changed, "--format", "json"));

        // Then
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void RunsRerun_DefaultScenarioUnderEu_ReproducesTheSameNumbers()
    {
        // Given: the value-only eu path and the scenario's own uncertainty section, on two threads.
        var first = CliRunner.Run("forecast", "--model", "eu", "--runs", "130", "--threads", "2", "--seed", "3", "--store", Store);
        Assert.Equal(0, first.ExitCode);

        // When
        var rerun = CliRunner.Run("runs", "rerun", "1", "--store", Store);

        // Then
        Assert.Equal(0, rerun.ExitCode);
        Assert.StartsWith("run 1 reproduced: identical results (monte-carlo, model eu, seed 3).", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ForecastRuns_DefaultScenario_UsesItsOwnUncertaintySection()
    {
        // When
        var (code, output) = CliRunner.Run("forecast", "--runs", "10", "--format", "json", "--no-store");

        // Then: the spec in the output is the scenario's, overrides in file order.
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var u = json.RootElement.GetProperty("uncertainty");
        Assert.Equal(0.05, u.GetProperty("positionShare").GetDouble());
        var overrides = u.GetProperty("overrides").EnumerateArray()
            .Select(o => $"{o.GetProperty("actor").GetString() ?? "*"}/{o.GetProperty("issue").GetString() ?? "*"}")
            .ToArray();
        Assert.Equal(["*/us-iran-talks", "RUS/us-iran-talks", "IRN-SOC/*"], overrides);
    }

    [Theory]
    [InlineData("deu2/DEU2-EU15.csv")]
    [InlineData("ktab/SOE-Pol-Comp.csv")]
    public void Hash_OfAFile_EqualsTheHashOfItsConvertedYaml(string file)
    {
        // Given: docs/uncertainty.md, "even the file format does not change it"
        var converted = Path.Combine(_folder, "converted.yaml");
        Assert.Equal(0, CliRunner.Run("convert", CliRunner.Data(file), converted).ExitCode);

        // When
        var original = Runs.ScenarioResolver.Resolve(CliRunner.Data(file), Runs.ScenarioResolver.ReadOptions(null, null, null));
        var yaml = Runs.ScenarioResolver.Resolve(converted, Runs.ScenarioResolver.ReadOptions(null, null, null));
        var a = ScenarioCanonicalForm.Write(original.Scenario);
        var b = ScenarioCanonicalForm.Write(yaml.Scenario);

        // Then
        var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
        Assert.True(a == b, $"the canonical forms differ at {at}: {a[Math.Max(0, at - 80)..Math.Min(a.Length, at + 80)]} | {b[Math.Max(0, at - 80)..Math.Min(b.Length, at + 80)]}");
        Assert.Equal(HashOf(CliRunner.Run("forecast", CliRunner.Data(file), "--format", "json")), HashOf(CliRunner.Run("forecast", converted, "--format", "json")));
    }

    [Fact]
    public void Manifest_UnrestAndSimulateJson_CarryTheScenarioHashAndToolVersion()
    {
        // Given
        var expected = ScenarioCanonicalForm.Hash(BundledScenarios.Load("middle-east-2025"));

        // When
        var unrest = Manifest(CliRunner.Run("unrest", "middle-east-2025", "--ticks", "3", "--format", "json"));
        var simulate = Manifest(CliRunner.Run("simulate", "--rounds", "1", "--format", "json"));
        var preset = Manifest(CliRunner.Run("unrest", "--ticks", "3", "--format", "json"));
        var modelTwo = Manifest(CliRunner.Run("unrest", "--model", "ii", "--ticks", "3", "--format", "json"));

        // Then
        Assert.Equal(("middle-east-2025", expected, Reports.RunManifest.CurrentToolVersion), unrest);
        Assert.Equal(("middle-east-2025", expected, Reports.RunManifest.CurrentToolVersion), simulate);
        Assert.Equal((null, string.Empty, Reports.RunManifest.CurrentToolVersion), preset);
        Assert.Equal((null, string.Empty, Reports.RunManifest.CurrentToolVersion), modelTwo);
    }

    private static (string? Scenario, string? Hash, string? ToolVersion) Manifest((int ExitCode, string Output) run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var manifest = root.GetProperty("manifest");
        var scenario = root.TryGetProperty("scenario", out var s) ? s.GetString() : null;
        return (scenario, manifest.GetProperty("scenarioHash").GetString(), manifest.GetProperty("toolVersion").GetString());
    }

    private static string HashOf((int ExitCode, string Output) run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("manifest").GetProperty("scenarioHash").GetString()!;
    }
}
