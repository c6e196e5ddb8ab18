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

    [Fact]
    public void Backtest_CrossValidation_Json_ReportsEachModelsSplitWithGainCoverageAndCrps()
    {
        // Given the EU-15 file, leave one proposal out
        var (code, output) = CliRunner.Run("backtest", CliRunner.Data("deu2/DEU2-EU15.csv"), "--cv", "proposal", "--models", "statecraft", "--format", "json");

        // Then the compromise comes first as the reference, and statecraft's row has the documented figures
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var scheme = json.RootElement.GetProperty("schemes")[0];
        Assert.Equal("proposal", scheme.GetProperty("scheme").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("acceptance").ValueKind);
        var models = scheme.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(["compromise", "statecraft"], models.Select(m => m.GetProperty("model").GetString()));
        Assert.Equal(JsonValueKind.Null, models[0].GetProperty("splits")[0].GetProperty("t").ValueKind);
        var row = models[1].GetProperty("splits")[0];
        Assert.Equal(172, row.GetProperty("n").GetInt32());
        Assert.Equal(23.40, row.GetProperty("mae").GetDouble(), 0.005);
        Assert.Equal(0.63, row.GetProperty("gain").GetDouble(), 0.005);
        Assert.Equal(0.52, row.GetProperty("gainSE").GetDouble(), 0.005);
        Assert.Equal(0.7907, row.GetProperty("coverage").GetDouble(), 0.00005);
        Assert.Equal(17.03, row.GetProperty("crps").GetDouble(), 0.005);
    }

    [Theory]
    [InlineData("--cv loo", "--cv loo is not a scheme; use proposal, kfold, period, procedure or all.")]
    [InlineData("--repeats 5", "--repeats and --folds apply only with --cv kfold or --cv all.")]
    [InlineData("--cv proposal --folds 5", "--repeats and --folds apply only with --cv kfold or --cv all.")]
    [InlineData("--cv kfold --repeats 0", "--repeats must be a whole number from 1 to 1,000; got 0.")]
    [InlineData("--cv kfold --folds 70", "--cv kfold: k-fold needs between 2 and 69 folds (one per group at most); got 70.")]
    [InlineData("--cv all --chart x.svg", "--chart draws the plain backtest; it cannot be combined with --cv.")]
    public void Backtest_CrossValidationOptions_BadValues_ExitWithBadInput(string options, string message)
    {
        var (code, output) = CliRunner.Run(["backtest", CliRunner.Data("deu2/DEU2-EU15.csv"), "--models", "compromise", .. options.Split(' ')]);

        Assert.Equal(2, code);
        Assert.Contains(message, output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
