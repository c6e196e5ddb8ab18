using BenchmarkDotNet.Attributes;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Scenarios;
using Statecraft.Testing;

namespace Statecraft.Benchmarks;

/// <summary>Monte Carlo forecasts of 10,000 replicates on 1 and 2 threads: the compromise and eu models on a synthetic 10-actor × 4-issue scenario, and the eu model on the bundled default scenario.</summary>
/// <remarks>
/// <para>Cases: <c>compromise/synthetic</c> and <c>eu/synthetic</c> run <c>SyntheticScenarios.Create(10, 4)</c>;
/// <c>eu/middle-east-2025</c> runs the bundled default scenario (12 actors × 5 issues), what
/// <c>statecraft forecast --model eu --runs 10000</c> does, its own uncertainty section included.</para>
/// <para>Setup (scenario, model lookup) is in <see cref="Setup"/>; each benchmark is one full Monte Carlo run, summary included.</para>
/// </remarks>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    private Scenario _scenario = null!;
    private IForecastModel _model = null!;

    [Params("compromise/synthetic", "eu/synthetic", "eu/middle-east-2025")]
    public string Case { get; set; } = "compromise/synthetic";

    [Params(10_000)]
    public int Runs { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parts = Case.Split('/');
        if (!ModelCatalog.TryGet(parts[0], out _model))
        {
            throw new InvalidOperationException($"No model named '{parts[0]}'.");
        }

        if (parts[1] == "synthetic")
        {
            _scenario = SyntheticScenarios.Create(10, 4);
        }
        else if (!BundledScenarios.TryLoad(parts[1], out var bundled) || bundled is null)
        {
            throw new InvalidOperationException($"No bundled scenario named '{parts[1]}'.");
        }
        else
        {
            _scenario = bundled;
        }
    }

    [Benchmark]
    public MonteCarloResult MonteCarlo() =>
        MonteCarloForecaster.Run(_model, _scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = Runs }, new ModelRunContext(42) { MaxDegreeOfParallelism = Threads });
}
