using BenchmarkDotNet.Attributes;
using Statecraft.Model.Baselines;
using Statecraft.Model.Randomness;

namespace Statecraft.Benchmarks;

/// <summary>The static baselines (compromise, weighted median, Nash) on one issue with 10, 100 and 1,000 actors.</summary>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    private double[] _x = [];
    private double[] _w = [];

    [Params(10, 100, 1000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Same generator as synthetic_n*.csv: x ~ U(0,100), c ~ U(0.05,1.05), s ~ U(0.1,1.0).
        var rng = new Xoshiro256StarStar(42);
        _x = new double[Actors];
        _w = new double[Actors];
        for (var k = 0; k < Actors; k++)
        {
            _x[k] = 100 * rng.NextDouble();
            _w[k] = (0.05 + rng.NextDouble()) * (0.1 + (0.9 * rng.NextDouble()));
        }
    }

    [Benchmark(Baseline = true)]
    public double? Compromise() => WeightedStatistics.WeightedMean(_x, _w);

    [Benchmark]
    public double? WeightedMedian() => WeightedStatistics.LowerWeightedMedian(_x, _w);

    [Benchmark]
    public double? VoteScanMedian() => WeightedStatistics.VoteScanMedian(_x, _w);

    [Benchmark]
    public double? Nash() => NashBargaining.Solve(_x, _w, 0, 100, 0.0);
}
