using BenchmarkDotNet.Attributes;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic;

namespace Statecraft.Benchmarks;

/// <summary>Epstein's Model II (inter-group violence) with Run 7's parameters (vision 1.7, L 0.8, no cops) and Run 8's cops, on a 40 × 40 and a 200 × 200 torus.</summary>
/// <remarks>
/// <para><c>Run200</c> plays a whole 200-tick run from a fresh placement, the killing, cloning and genocide included (the
/// cost of one seed in the phenomena tests). <c>Tick</c> plays one tick of the nasty regime (cops 0.04) after a
/// 50-tick warm-up, so it measures a world still at war.</para>
/// <para>40 × 40 starts with 1,120 agents and grows to about 1,550; 200 × 200 starts with 28,000.</para>
/// </remarks>
[MemoryDiagnoser]
public class InterEthnicBenchmarks
{
    private InterEthnicModel _genocide = null!;
    private InterEthnicSimulation _war = null!;

    [Params(40, 200)]
    public int Side { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _genocide = new InterEthnicModel(InterEthnicRuns.Run("ii-genocide") with { Width = Side, Height = Side });
        _war = InterEthnicSimulation.Create(InterEthnicRuns.Run("ii-nasty-regime") with { Width = Side, Height = Side }, new Xoshiro256StarStar(42));
        for (var t = 0; t < 50; t++)
        {
            _war.Step();
        }
    }

    /// <summary>A whole 200-tick run of Run 7 from seed 1, recorded tick by tick.</summary>
    [Benchmark(Baseline = true)]
    public long Run200() => _genocide.Run(200, 1).TotalKilled;

    /// <summary>One tick in place of the nasty regime (cops 0.04), past the warm-up.</summary>
    [Benchmark]
    public int Tick() => _war.Step().Population;
}
