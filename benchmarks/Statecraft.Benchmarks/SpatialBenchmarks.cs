using BenchmarkDotNet.Attributes;
using Statecraft.Model.Spatial;
using Statecraft.Model.Spatial.Options;
using Statecraft.Testing;

namespace Statecraft.Benchmarks;

/// <summary>Whole runs of the Spatial Model of Politics (KTAB SMP) with default parameters, to the stopping rule.</summary>
/// <remarks>
/// Sizes are actors×dimensions: the SOE-Pol-Comp size (13×2), 100×1 (target ≤ 1 s) and 250×3, KTAB's largest actor
/// count (target ≤ 10 s). Inputs: capabilities U(1, 100), positions on a 0.001 grid, saliences with totals U(0.3, 1),
/// from xoshiro256** seeded 42.
/// </remarks>
[MemoryDiagnoser]
public class SpatialBenchmarks
{
    private SmpProblem _problem = null!;

    [Params("13x2", "100x1", "250x3")]
    public string Size { get; set; } = "13x2";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        _problem = SyntheticSmpProblems.Create(42, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Benchmark]
    public int WholeRun() => SmpSimulation.Run(_problem, SmpOptions.Default, 1, Threads).Turns;
}
