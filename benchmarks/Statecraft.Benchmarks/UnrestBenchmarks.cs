using BenchmarkDotNet.Attributes;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest;

namespace Statecraft.Benchmarks;

/// <summary>One tick of Epstein's civil-violence model with Run 2's parameters (vision 7, L 0.82, cops 0.04) on a 40 × 40 and a 1000 × 1000 torus.</summary>
/// <remarks>
/// 40 × 40 holds 1,120 agents and 64 cops (Mesa's example needs about 30 ms per tick there); 1000 × 1000 holds
/// 700,000 agents and 40,000 cops. The simulation is warmed past its initial transient in the setup, so a tick
/// measures the steady state.
/// </remarks>
[MemoryDiagnoser]
public class UnrestBenchmarks
{
    private UnrestSimulation _simulation = null!;
    private UnrestModel _model = null!;
    private UnrestState _state = null!;
    private Xoshiro256StarStar _rng = null!;

    [Params(40, 1000)]
    public int Side { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = UnrestRuns.Run(2) with { Width = Side, Height = Side };
        _model = new UnrestModel(options);
        _rng = new Xoshiro256StarStar(7);
        _simulation = UnrestSimulation.Create(options, new Xoshiro256StarStar(42));
        var warmup = Side <= 100 ? 500 : 30;
        for (var t = 0; t < warmup; t++)
        {
            _simulation.Step();
        }

        _state = _simulation.ToState();
    }

    /// <summary>One tick in place (the runner the CLI and the coupling use).</summary>
    [Benchmark(Baseline = true)]
    public UnrestTick Tick() => _simulation.Step();

    /// <summary>One tick through the pure API: clone the state, then step (always from the same state).</summary>
    [Benchmark]
    public int PureNext() => _model.Next(_state, _rng).Active;

    /// <summary>Placement and attribute draws of a fresh run.</summary>
    [Benchmark]
    public int CreateInitialState() => _model.CreateInitialState(new Xoshiro256StarStar(1)).Agents;
}
