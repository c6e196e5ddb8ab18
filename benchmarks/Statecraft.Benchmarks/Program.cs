using BenchmarkDotNet.Running;

namespace Statecraft.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Statecraft.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments.</param>
    public static void Main(string[] args)
    {
        if (args is ["smp-timing", .. var rest])
        {
            SpatialTiming.Run(rest);
            return;
        }

        if (args is ["unrest-timing", .. var timingArgs])
        {
            UnrestTiming.Run(timingArgs);
            return;
        }

        if (args is ["exchange-timing", .. var exchangeArgs])
        {
            ExchangeTiming.Run(exchangeArgs);
            return;
        }

        if (args is ["assess-timing", .. var assessArgs])
        {
            AssessmentTiming.Run(assessArgs);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
