using System.Text.Json;
using Statecraft.Reports;

namespace Statecraft.Cli.Tests;

public class VersionTests
{
    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public void Version_PrintsTheVersionAndTheCommitItWasBuiltFrom(string flag)
    {
        var (code, output) = CliRunner.Run(flag);

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+\+[0-9a-f]{40}\n$", output);
        Assert.Equal(RunManifest.CurrentToolVersion + "\n", output);
    }

    [Fact]
    public void ForecastJson_ManifestRecordsTheVersionAndCommitThatVersionPrints()
    {
        var version = CliRunner.Run("--version").Output.Trim();

        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(version, json.RootElement.GetProperty("manifest").GetProperty("toolVersion").GetString());
    }
}
