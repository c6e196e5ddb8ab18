using BenchmarkDotNet.Attributes;
using Statecraft.Model.Randomness;
using Statecraft.Model.Spatial;

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
        _problem = Create(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), 42);
    }

    [Benchmark]
    public int WholeRun() => SmpSimulation.Run(_problem, SmpOptions.Default, 1, Threads).Turns;

    /// <summary>Builds a random problem (shared with the whole-run timing).</summary>
    public static SmpProblem Create(int actors, int dims, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var cap = new double[actors];
        var x = new double[actors * dims];
        var s = new double[actors * dims];
        for (var i = 0; i < actors; i++)
        {
            cap[i] = 1 + (99 * rng.NextDouble());
            double total = 0;
            for (var d = 0; d < dims; d++)
            {
                x[(i * dims) + d] = rng.NextInt(1001) / 1000.0;
                s[(i * dims) + d] = 0.05 + rng.NextDouble();
                total += s[(i * dims) + d];
            }

            var share = (0.3 + (0.7 * rng.NextDouble())) / total;
            for (var d = 0; d < dims; d++)
            {
                s[(i * dims) + d] *= share;
            }
        }

        return SmpProblem.Create(dims, cap, x, s);
    }
}
