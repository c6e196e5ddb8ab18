using System.Text.Json;

namespace Statecraft.Cli.Tests;

/// <summary>The backtest command on DEU II EU-15 (Thomson et al. 2012), tests/data/deu2.</summary>
public class BacktestCommandTests
{
    [Fact]
    public void Backtest_Json_ReportsTheReferenceFiguresAndSubsets()
    {
        // Given the EU-15 file and two models
        var (code, output) = CliRunner.Run("backtest", CliRunner.Data("deu2/DEU2-EU15.csv"), "--models", "compromise,statecraft", "--format", "json");

        // Then the JSON lists the models then the baselines, with n, MAE and subsets
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(
            ["compromise", "statecraft", "commission", "parliament", "reference-point", "plain-mean", "median-actor"],
            models.Select(m => m.GetProperty("model").GetString()));
        var compromise = models[0];
        Assert.Equal(172, compromise.GetProperty("n").GetInt32());
        Assert.Equal(24.02, compromise.GetProperty("mae").GetDouble(), 0.01);
        Assert.Equal(98, compromise.GetProperty("subsets").GetProperty("cns").GetProperty("n").GetInt32());
        Assert.Equal(168, models[2].GetProperty("n").GetInt32());
    }

    [Fact]
    public void Backtest_UnknownModel_ExitsWithBadInput()
    {
        var (code, output) = CliRunner.Run("backtest", CliRunner.Data("deu2/DEU2-EU15.csv"), "--models", "compromize");

        Assert.Equal(2, code);
        Assert.Contains("Did you mean 'compromise'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_Chart_WritesAnSvg()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"statecraft-backtest-{Environment.ProcessId}.svg");
        try
        {
            var (code, _) = CliRunner.Run("backtest", CliRunner.Data("deu2/DEU2-EU15.csv"), "--models", "compromise", "--chart", chart);

            Assert.Equal(0, code);
            Assert.StartsWith("<svg", File.ReadAllText(chart), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }
}
