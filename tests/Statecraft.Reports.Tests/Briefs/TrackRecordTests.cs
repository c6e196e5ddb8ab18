using System.Runtime.CompilerServices;
using Statecraft.Assessment;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;
using Statecraft.Scenarios;

namespace Statecraft.Reports.Tests.Briefs;

/// <summary>The track record the brief quotes is the DEU II backtest as the code computes it today.</summary>
public sealed class TrackRecordTests
{
    [Fact]
    public void Deu2_EqualsAFreshBacktest_OfTheEu15Data()
    {
        // Given: the backtest exactly as 'statecraft backtest tests/data/deu2/DEU2-EU15.csv' runs it
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "deu2", "DEU2-EU15.csv"));
        var entries = ModelCatalog.All.Select(m => new BacktestEntry(m, scenario.ModelSettings.TryGetValue(m.Name, out var s) ? s : Model.Domain.ModelSettings.Empty)).ToList();

        // When
        var report = Backtester.Run(scenario, entries, new ModelRunContext(42) { MaxDegreeOfParallelism = 2 }, NaiveBaseline.All);
        var fresh = TrackRecord.Format(report.Results.Select(m => new BacktestFigure(m.Model, m.IsBaseline, m.Overall.N, m.Overall.MeanAbsoluteError ?? double.NaN, m.Overall.MedianAbsoluteError ?? double.NaN, m.Overall.RootMeanSquaredError ?? double.NaN)));

        // Then
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(SourceFile(), fresh);
            return;
        }

        Assert.Equal(fresh, TrackRecord.Format(TrackRecord.Deu2));
    }

    private static string SourceFile([CallerFilePath] string caller = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "../../../src/Statecraft.Assessment/Data", TrackRecord.FileName));
}
