using System.Text.Json;

namespace Statecraft.Cli.Tests;

public class SimulateCommandTests
{
    [Fact]
    public void DefaultScenario_RunsAndShowsEveryRound()
    {
        var (code, output) = CliRunner.Run("simulate", "--rounds", "4");

        Assert.Equal(0, code);
        Assert.Contains("middle-east-2025", output, StringComparison.Ordinal);
        Assert.Contains("External front: forecast per issue", output, StringComparison.Ordinal);
        Assert.Contains("Internal front: the regime IRI", output, StringComparison.Ordinal);

        // The Gaza war's exhaustion moves its forecast from 57.9 to 61.1 in four rounds (the first issue column).
        var rows = output.Split('\n').Where(l => l.StartsWith("│ ", StringComparison.Ordinal)).ToArray();
        Assert.StartsWith("│     0 │      57.9 │", rows.First(l => l.StartsWith("│     0 │", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith("│     4 │      61.1 │", rows.First(l => l.StartsWith("│     4 │", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasOneEntryPerRoundPlusTheInitialRound()
    {
        var (code, output) = CliRunner.Run("simulate", "--rounds", "6", "--model", "median", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var rounds = doc.RootElement.GetProperty("rounds");
        Assert.Equal(7, rounds.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, 7), rounds.EnumerateArray().Select(r => r.GetProperty("round").GetInt32()));
        Assert.All(rounds.EnumerateArray(), r => Assert.Equal(5, r.GetProperty("issues").GetArrayLength()));
        Assert.Equal("median", doc.RootElement.GetProperty("model").GetString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("events").ValueKind);
    }

    [Fact]
    public void SameSeed_GivesIdenticalJson()
    {
        var a = CliRunner.Run("simulate", "--rounds", "3", "--seed", "5", "--format", "json");
        var b = CliRunner.Run("simulate", "--rounds", "3", "--seed", "5", "--format", "json");

        Assert.Equal(a, b);
    }

    [Fact]
    public void RoundsOutOfRange_IsRejectedWithExitCode2()
    {
        var (code, output) = CliRunner.Run("simulate", "--rounds", "0");

        Assert.Equal(2, code);
        Assert.Contains("option 'rounds' = '0' is not allowed; expected an integer in [1, 1000].", output, StringComparison.Ordinal);
    }
}
