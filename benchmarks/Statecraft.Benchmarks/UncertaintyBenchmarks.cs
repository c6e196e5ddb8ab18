using BenchmarkDotNet.Attributes;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Scenarios;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Benchmarks;

/// <summary>Monte Carlo forecasts of a synthetic 10-actor × 4-issue scenario with the compromise and eu models: 1,000 and 10,000 replicates on 1 and 2 threads.</summary>
/// <remarks>Setup (scenario, model lookup) is in <see cref="Setup"/>; each benchmark is one full Monte Carlo run, summary included.</remarks>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    private Scenario _scenario = null!;
    private IForecastModel _model = null!;

    [Params("compromise", "eu")]
    public string Model { get; set; } = "compromise";

    [Params(1000, 10_000)]
    public int Runs { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = SyntheticScenarios.Create(10, 4);
        if (!ModelCatalog.TryGet(Model, out _model))
        {
            throw new InvalidOperationException($"No model named '{Model}'.");
        }
    }

    [Benchmark]
    public MonteCarloResult MonteCarlo() =>
        MonteCarloForecaster.Run(_model, _scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = Runs }, new ModelRunContext(42) { MaxDegreeOfParallelism = Threads });
}
