using System.Diagnostics;
using System.Globalization;
using Statecraft.Model.Spatial;
using Statecraft.Model.Spatial.Options;
using Statecraft.Testing;

namespace Statecraft.Benchmarks;

/// <summary>A whole-run timing of the spatial model outside BenchmarkDotNet: wall time, CPU time, allocations and peak memory of one run.</summary>
/// <remarks>Run with <c>dotnet run -c Release --project benchmarks/Statecraft.Benchmarks -- smp-timing 250 3 2</c> (actors, dimensions, threads).</remarks>
public static class SpatialTiming
{
    /// <summary>Times one run and prints one line.</summary>
    /// <param name="args">Actors, dimensions and threads.</param>
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var d = int.Parse(args[1], CultureInfo.InvariantCulture);
        var threads = int.Parse(args[2], CultureInfo.InvariantCulture);
        var problem = SyntheticSmpProblems.Create(42, n, d);
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = SmpSimulation.Run(problem, SmpOptions.Default, 1, threads);
        watch.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"smp {n}x{d}, {threads} thread(s): {result.Turns} turns, wall {watch.Elapsed.TotalSeconds:0.000} s, CPU {(process.TotalProcessorTime - cpu0).TotalSeconds:0.000} s, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated0) / 1e6:0.0} MB, peak working set {process.PeakWorkingSet64 / 1e6:0} MB"));
    }
}
