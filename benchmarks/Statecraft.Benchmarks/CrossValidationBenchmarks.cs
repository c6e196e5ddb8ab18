using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Deu;

namespace Statecraft.Benchmarks;

/// <summary>The cross-validated backtest on the EU-15 part of DEU II (tests/data/deu2; Thomson et al. 2012): what <c>statecraft backtest DEU2-EU15.csv --cv all</c> computes, without start-up and file reading.</summary>
/// <remarks>
/// <para>Cases: <c>all</c> runs every model of the catalog under the four schemes (the full report); <c>smp</c>,
/// <c>exchange</c> and <c>statecraft</c> run that model alone (with the compromise, always included as the reference),
/// to show where the time goes. Two threads, seed 42, 10 × 10-fold.</para>
/// <para>Reading the file is in <see cref="Setup"/>; each benchmark is one full cross-validation, acceptance rule included.</para>
/// </remarks>
[MemoryDiagnoser]
public class CrossValidationBenchmarks
{
    private Scenario _scenario = null!;
    private ImmutableArray<BacktestEntry> _models;

    [Params("all", "smp", "exchange", "statecraft")]
    public string Models { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "deu2", "DEU2-EU15.csv"));
        var options = new ScenarioReadOptions
        {
            Values = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase).Add("capability", "votes"),
        };
        _scenario = new DeuScenarioFormat().Read(text, "DEU2-EU15.csv", options).Scenario
            ?? throw new InvalidOperationException("DEU2-EU15.csv did not read.");
        _models = [.. ModelCatalog.All.Where(m => Models == "all" || m.Name == Models).Select(BacktestEntry.For)];
    }

    [Benchmark]
    public ImmutableArray<AcceptanceVerdict> CrossValidateAll()
    {
        var reports = CrossValidator.Run(_scenario, _models, Enum.GetValues<CrossValidationScheme>(), new ModelRunContext(42) { MaxDegreeOfParallelism = 2 });
        return AcceptanceRule.Evaluate(reports);
    }
}
