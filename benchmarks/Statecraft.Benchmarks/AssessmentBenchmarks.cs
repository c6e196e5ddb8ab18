using BenchmarkDotNet.Attributes;
using Statecraft.Assessment;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Scenarios;

namespace Statecraft.Benchmarks;

/// <summary>The full assessment of the bundled default scenario (<c>statecraft assess</c>): every model, the 2,000-run expected-utility Monte Carlo, sensitivity, shocks and the two fronts, then the brief.</summary>
/// <remarks>Setup loads the scenario; each benchmark is one <see cref="Assessor.Run"/> plus <see cref="BriefComposer.Compose"/>, on 1 and 2 threads.</remarks>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private Scenario _scenario = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = BundledScenarios.Load("middle-east-2025");

    [Benchmark]
    public Brief Assess()
    {
        var results = Assessor.Run(_scenario, AssessmentOptions.Default, new ModelRunContext(42) { MaxDegreeOfParallelism = Threads });
        return BriefComposer.Compose(results, "middle-east-2025", TrackRecord.Deu2);
    }
}
