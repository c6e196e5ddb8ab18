using System.Diagnostics;
using System.Globalization;
using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;

namespace Statecraft.Benchmarks;

/// <summary>CPU time per run of the exchange model outside BenchmarkDotNet, which holds up better than wall time on a shared machine.</summary>
/// <remarks>
/// Run with <c>dotnet run -c Release --project benchmarks/Statecraft.Benchmarks -- exchange-timing cop21.csv 10 200</c>
/// (data file, rounds, runs). Warms up first, then reports the process CPU time and the allocations per run.
/// </remarks>
public static class ExchangeTiming
{
    /// <summary>Times the runs and prints one line.</summary>
    /// <param name="args">Data file, rounds and runs.</param>
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var data = args.Length > 0 ? args[0] : "cop21.csv";
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        var problem = ExchangeBenchmarks.Read(Path.Combine(AppContext.BaseDirectory, "data", "exchange", data));
        var options = ExchangeOptions.Default with { Rounds = rounds };
        var exchanges = 0;
        for (var k = 0; k < 20; k++)
        {
            exchanges = ExchangeEngine.Run(problem, options).Rounds.Sum(r => r.Exchanges.Length);
        }

        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var k = 0; k < runs; k++)
        {
            ExchangeEngine.Run(problem, options);
        }

        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / runs;
        var wall = watch.Elapsed.TotalMilliseconds / runs;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated0) / (double)runs;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"exchange {data}, {rounds} round(s), {runs} runs: {exchanges} exchanges a run, CPU {cpu:0.000} ms/run, wall {wall:0.000} ms/run, allocated {allocated / 1024:0} KB/run"));
    }
}
