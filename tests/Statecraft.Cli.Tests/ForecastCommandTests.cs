using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests;

public class ForecastCommandTests
{
    [Fact]
    public void Forecast_NoScenario_RunsTheDefaultScenarioWithTheContractShape()
    {
        // When
        var (code, output) = CliRunner.Run("forecast", "--format", "json");

        // Then
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("middle-east-2025", root.GetProperty("scenario").GetString());
        Assert.Equal("compromise", root.GetProperty("model").GetString());
        var issues = root.GetProperty("issues").EnumerateArray().ToArray();
        Assert.True(issues.Length >= 4);
        foreach (var issue in issues)
        {
            var forecast = issue.GetProperty("forecast").GetDouble();
            Assert.InRange(forecast, issue.GetProperty("scale").GetProperty("min").GetDouble(), issue.GetProperty("scale").GetProperty("max").GetDouble());
            var round0 = issue.GetProperty("rounds")[0];
            Assert.Equal(0, round0.GetProperty("round").GetInt32());
            Assert.True(round0.GetProperty("positions").EnumerateObject().Any());
            Assert.Equal(JsonValueKind.Number, round0.GetProperty("median").ValueKind);
            Assert.Equal(JsonValueKind.Number, round0.GetProperty("mean").ValueKind);
        }
    }

    [Theory]
    [InlineData("compromise", 40.0, 50.0)]
    [InlineData("median", 0.0, 20.0)]
    [InlineData("mean", 160.0 / 3, 50.0)]
    [InlineData("nash", 40.0, 50.0)]
    public void Forecast_HandComputedScenario_GivesTheHandComputedNumbers(string model, double ceasefire, double talks)
    {
        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--model", model, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var issues = json.RootElement.GetProperty("issues");
        Assert.Equal(ceasefire, issues[0].GetProperty("forecast").GetDouble(), 12);
        Assert.Equal(talks, issues[1].GetProperty("forecast").GetDouble(), 12);
    }

    [Fact]
    public void Forecast_Table_MatchesGolden()
    {
        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"));

        Assert.Equal(0, code);
        Golden.Assert(output.Replace(CliRunner.Data("cli/three-actors.yaml"), "three-actors.yaml", StringComparison.Ordinal), "forecast-three-actors.txt");
    }

    [Fact]
    public void Forecast_Csv_IsTidyLongFormat()
    {
        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("model,issue_id,issue_name,forecast,round,median,mean,actor_id,position", lines[0]);
        Assert.Equal("compromise,ceasefire,Ceasefire,40,0,0,40,A,0", lines[1]);
        Assert.Equal(1 + 3 + 2, lines.Length);
    }

    [Fact]
    public void Forecast_UnknownModel_ExitsWithCode2AndSuggestion()
    {
        var (code, output) = CliRunner.Run("forecast", "--model", "compromize");

        Assert.Equal(2, code);
        Assert.StartsWith("error: --model compromize: no such model. Available: compromise, median, nash, mean", output, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'compromise'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_UnknownModelOption_NamesTheModelsOptions()
    {
        var (code, output) = CliRunner.Run("forecast", "--set", "wieghting=salience");

        Assert.Equal(2, code);
        Assert.Equal("error: model 'compromise' has no option 'wieghting'; its options are weighting. Did you mean 'weighting'?\n", output);
    }

    [Fact]
    public void Forecast_BadOptionValue_ExitsWithCode2AndAllowedValues()
    {
        var (code, output) = CliRunner.Run("forecast", "--set", "weighting=votes");

        Assert.Equal(2, code);
        Assert.Equal("error: option 'weighting' = 'votes' is not allowed; expected capability-salience, salience, capability.\n", output);
    }

    [Fact]
    public void Forecast_UnknownScenarioName_SuggestsTheNearestBundledOne()
    {
        var (code, output) = CliRunner.Run("forecast", "middle-east-2024");

        Assert.Equal(2, code);
        Assert.StartsWith("middle-east-2024: error SC0001: 'middle-east-2024' is neither a file nor a bundled scenario. Did you mean the bundled scenario 'middle-east-2025'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_OutAndChart_WriteCompleteFiles()
    {
        var dir = Directory.CreateTempSubdirectory("statecraft-cli-");
        try
        {
            var json = Path.Combine(dir.FullName, "f.json");
            var svg = Path.Combine(dir.FullName, "f.svg");
            var png = Path.Combine(dir.FullName, "f.png");

            var (code, _) = CliRunner.Run("forecast", "--format", "json", "--out", json, "--chart", svg);
            var (code2, _) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--chart", png);

            Assert.Equal(0, code);
            Assert.Equal(0, code2);
            using var parsed = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal("middle-east-2025", parsed.RootElement.GetProperty("scenario").GetString());
            Assert.StartsWith("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4).ToArray());
            Assert.Empty(Directory.GetFiles(dir.FullName, "*.tmp"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Forecast_ChartWithUnsupportedExtension_ExitsWithCode2()
    {
        var (code, output) = CliRunner.Run("forecast", "--chart", "out.gif");

        Assert.Equal(2, code);
        Assert.Contains("--chart out.gif: the extension '.gif' is not supported; use .svg or .png.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_BadFormat_ExitsWithCode2()
    {
        var (code, output) = CliRunner.Run("forecast", "--format", "xml");

        Assert.NotEqual(0, code);
        Assert.Contains("--format xml is not supported; use table, json or csv.", output, StringComparison.Ordinal);
    }
}
