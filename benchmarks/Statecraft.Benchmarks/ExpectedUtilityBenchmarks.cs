using System.Globalization;
using BenchmarkDotNet.Attributes;
using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Benchmarks;

/// <summary>One round and a 10-round run of the expected-utility model with 10, 50, 200 and 1,000 actors.</summary>
/// <remarks>
/// Inputs: tests/data/bdm/synthetic_n{10,50,200}.csv, and for 1,000 actors a table generated with the same
/// distribution (x ~ U(0,100) to 1 dp, c ~ U(0.05,1.05), s ~ U(0.1,1.0)). The round benchmarks reuse one workspace,
/// as a Monte Carlo engine would; the run benchmark includes building the trajectory.
/// </remarks>
[MemoryDiagnoser]
public class ExpectedUtilityBenchmarks
{
    private double[] _x = [];
    private double[] _c = [];
    private double[] _s = [];
    private double[] _w = [];
    private double[] _next = [];
    private double _range;
    private double _median;
    private ExpectedUtilityWorkspace _workspace = null!;

    [Params(10, 50, 200, 1000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "data", "bdm", $"synthetic_n{Actors}.csv");
        if (File.Exists(file))
        {
            var rows = File.ReadAllLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
            _c = [.. rows.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture))];
            _x = [.. rows.Select(r => double.Parse(r[2], CultureInfo.InvariantCulture))];
            _s = [.. rows.Select(r => double.Parse(r[3], CultureInfo.InvariantCulture))];
        }
        else
        {
            var rng = new Xoshiro256StarStar(20110101);
            _x = new double[Actors];
            _c = new double[Actors];
            _s = new double[Actors];
            for (var k = 0; k < Actors; k++)
            {
                _x[k] = Math.Round(100 * rng.NextDouble(), 1);
                _c[k] = 0.05 + rng.NextDouble();
                _s[k] = 0.1 + (0.9 * rng.NextDouble());
            }
        }

        _w = [.. _c.Zip(_s, (c, s) => c * s)];
        _next = new double[Actors];
        _range = _x.Max() - _x.Min();
        _workspace = new ExpectedUtilityWorkspace(Actors);
        _median = _workspace.Median(_x, _w, _range, MedianRule.CondorcetScan);
    }

    /// <summary>One Scholz-code round (voter exponents in the second pass: the O(m²·n) path), one thread.</summary>
    [Benchmark(Baseline = true)]
    public double RoundScholzCode()
    {
        _workspace.PlayRound(_x, _x, _s, _w, _range, _median, ExpectedUtilityOptions.ScholzCode, null, _next);
        return _next[0];
    }

    /// <summary>One Scholz-code round on two threads (the machine has two cores).</summary>
    [Benchmark]
    public double RoundScholzCodeTwoThreads()
    {
        _workspace.PlayRound(_x, _x, _s, _w, _range, _median, ExpectedUtilityOptions.ScholzCode, null, _next, 2);
        return _next[0];
    }

    /// <summary>One paper-literal round (exponent-1 votes: the O(n²) prefix-sum path), one thread.</summary>
    [Benchmark]
    public double RoundPaperLiteral()
    {
        _workspace.PlayRound(_x, _x, _s, _w, _range, _median, ExpectedUtilityOptions.PaperLiteral, null, _next);
        return _next[0];
    }

    /// <summary>A full 10-round Scholz-code run with its trajectory, one thread.</summary>
    [Benchmark]
    public double RunTenRounds() =>
        ExpectedUtilitySimulation.Run(_x, _c, _s, ExpectedUtilityOptions.ScholzCode, workspace: _workspace).FinalMedian;
}
