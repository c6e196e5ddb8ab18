using System.Text.Json;
using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Reports.Tests;

public sealed class MonteCarloJsonWriterTests
{
    [Fact]
    public void Write_Result_HasTheDistributionContractAndMatchesTheNumbers()
    {
        // Given
        var scenario = SyntheticScenarios.Create(4, 2);
        var result = MonteCarloForecaster.Run(new CompromiseModel(), scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 200 }, new ModelRunContext(3));

        // When
        var json = MonteCarloJsonWriter.Write(scenario, result, new RunManifest("synthetic", "abc", "0.1.0"));
        using var doc = JsonDocument.Parse(json);

        // Then
        var root = doc.RootElement;
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(200, root.GetProperty("runs").GetInt32());
        Assert.Equal(0.05, root.GetProperty("uncertainty").GetProperty("positionShare").GetDouble());
        var issues = root.GetProperty("issues");
        Assert.Equal(2, issues.GetArrayLength());
        var d = issues[1].GetProperty("distribution");
        var expected = result.Issues[1];
        Assert.Equal(expected.Mean, d.GetProperty("mean").GetDouble());
        Assert.Equal(expected.P10, d.GetProperty("p10").GetDouble());
        Assert.Equal(expected.P50, d.GetProperty("p50").GetDouble());
        Assert.Equal(expected.P90, d.GetProperty("p90").GetDouble());
        Assert.Equal(20, d.GetProperty("histogram").GetArrayLength());
        Assert.Equal(200, d.GetProperty("histogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64()));
        Assert.Equal(["'none' to 'half'", "'half' to 'all'"], d.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(expected.Baseline, issues[1].GetProperty("forecast").GetDouble());
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SameSeedDifferentThreadCounts_SameBytes()
    {
        var scenario = SyntheticScenarios.Create(5, 3);
        var manifest = new RunManifest("synthetic", "abc", "0.1.0");
        string Run(int threads) => MonteCarloJsonWriter.Write(scenario, MonteCarloForecaster.Run(
            new CompromiseModel(), scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 300 }, new ModelRunContext(8) { MaxDegreeOfParallelism = threads }), manifest);
        Assert.Equal(Run(1), Run(2));
    }

    [Fact]
    public void Sparkline_Counts_ScaledToTheFullestBinWithEmptyBinsBlank()
    {
        HistogramBin[] bins = [new(0, 1, 0, 0), new(1, 2, 1, 0), new(2, 3, 8, 0), new(3, 4, 4, 0)];
        Assert.Equal(" ▁█▄", HistogramText.Sparkline(bins));
        Assert.Equal("  ", HistogramText.Sparkline([new(0, 1, 0, 0), new(1, 2, 0, 0)]));
    }
}
