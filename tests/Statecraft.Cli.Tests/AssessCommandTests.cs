using System.Text.Json;

namespace Statecraft.Cli.Tests;

public sealed class AssessCommandTests
{
    [Fact]
    public void DefaultScenario_ShowsAPanelPerIssueAndTheLimits()
    {
        var (code, output) = CliRunner.Run("assess", "--runs", "200");

        Assert.Equal(0, code);
        Assert.Contains("The Middle East in 2025, as one essay reads it", output, StringComparison.Ordinal);
        foreach (var header in new[] { "Durability of the Gaza ceasefire", "The Islamic Republic's hold at home", "The two fronts", "Limits" })
        {
            Assert.Contains($"╭─{header}─", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_ListsTheValuesOfEverySentence()
    {
        var (code, output) = CliRunner.Run("assess", "eu-emission-1994", "--runs", "200", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("eu-emission-1994", doc.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(200, doc.RootElement.GetProperty("runs").GetInt32());
        var sentences = doc.RootElement.GetProperty("issues")[0].GetProperty("sentences");
        Assert.Equal("headline", sentences[0].GetProperty("topic").GetString());
        Assert.All(sentences.EnumerateArray(), s => Assert.Equal(JsonValueKind.Object, s.GetProperty("values").ValueKind));
    }

    [Theory]
    [InlineData("--format", "pdf", "--format pdf is not supported; use table, markdown, json or html.")]
    [InlineData("--format", "html", "--format html writes a page with charts to a file; add --out FILE, e.g. --out brief.html.")]
    [InlineData("--runs", "5", "--runs must be a whole number from 100 to 1,000,000; got 5.")]
    [InlineData("--threads", "0", "--threads must be a whole number from 1 to 1,024; got 0.")]
    public void BadOption_IsRejectedWithExitCode2(string option, string value, string message)
    {
        var (code, output) = CliRunner.Run("assess", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLeadModel_IsRejectedWithASuggestion()
    {
        var (code, output) = CliRunner.Run("assess", "--model", "eux");

        Assert.Equal(2, code);
        Assert.Contains("--model eux: no such model.", output, StringComparison.Ordinal);
    }
}
