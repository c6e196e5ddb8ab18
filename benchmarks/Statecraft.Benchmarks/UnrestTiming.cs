using System.Diagnostics;
using System.Globalization;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest;

namespace Statecraft.Benchmarks;

/// <summary>A CPU-time harness for the civil-violence tick outside BenchmarkDotNet, for a machine shared with other work.</summary>
/// <remarks>
/// <para>Run with <c>dotnet run -c Release --project benchmarks/Statecraft.Benchmarks -- unrest-timing 1000 5 3</c>
/// (side, ticks per repetition, repetitions). The setup of <see cref="UnrestBenchmarks"/> is repeated (Run 2, seed
/// 42, warmed 500 ticks at side ≤ 100 and 30 above); then every repetition replays the same ticks from the same
/// warmed state with generator seed 7, so repetitions do identical work and the minimum is the least disturbed one.</para>
/// <para>Process CPU time leaves out the time spent waiting for a core, though not the slowdown from sharing caches
/// and memory bandwidth with other processes.</para>
/// </remarks>
public static class UnrestTiming
{
    /// <summary>Times the ticks and prints one line.</summary>
    /// <param name="args">Side, ticks per repetition and repetitions.</param>
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var side = int.Parse(args[0], CultureInfo.InvariantCulture);
        var ticks = int.Parse(args[1], CultureInfo.InvariantCulture);
        var repetitions = int.Parse(args[2], CultureInfo.InvariantCulture);
        var options = UnrestRuns.Run(2) with { Width = side, Height = side };
        var warm = UnrestSimulation.Create(options, new Xoshiro256StarStar(42));
        for (var t = 0; t < (side <= 100 ? 500 : 30); t++)
        {
            warm.Step();
        }

        var start = warm.ToState();
        var process = Process.GetCurrentProcess();
        var cpu = new List<double>();
        var wall = new List<double>();
        long check = 0;
        for (var r = 0; r < repetitions; r++)
        {
            var simulation = UnrestSimulation.From(start, new Xoshiro256StarStar(7));
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var t = 0; t < ticks; t++)
            {
                check += simulation.Step().Active;
            }

            watch.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds / ticks);
            wall.Add(watch.Elapsed.TotalMilliseconds / ticks);
        }

        cpu.Sort();
        wall.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"unrest {side}x{side}, {start.Agents} agents, {start.Cops} cops, {ticks} ticks x {repetitions}: CPU per tick min {cpu[0]:0.0000} ms, median {cpu[cpu.Count / 2]:0.0000} ms; wall per tick min {wall[0]:0.0000} ms; actives summed {check}"));
    }
}
