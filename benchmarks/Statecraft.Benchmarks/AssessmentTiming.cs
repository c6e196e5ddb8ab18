using System.Diagnostics;
using System.Globalization;
using Statecraft.Assessment;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Scenarios;

namespace Statecraft.Benchmarks;

/// <summary>Wall time of each stage of the default scenario's assessment, to find the cost driver, and of the whole.</summary>
/// <remarks>
/// Run with <c>dotnet run -c Release --project benchmarks/Statecraft.Benchmarks -- assess-timing [threads] [repeats]</c>.
/// Warms up once, then reports the median of the repeats per stage: each model's deterministic run, the lead model's
/// 2,000-run Monte Carlo, its one-at-a-time sensitivity, the coupled two-front run, and the whole assessment.
/// </remarks>
public static class AssessmentTiming
{
    /// <summary>Times the stages and prints one line each.</summary>
    /// <param name="args">Threads and repeats.</param>
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var threads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var scenario = BundledScenarios.Load("middle-east-2025");
        var options = AssessmentOptions.Default;
        var context = new ModelRunContext(42) { MaxDegreeOfParallelism = threads };
        var single = context with { MaxDegreeOfParallelism = 1 };
        ModelCatalog.TryGet(options.LeadModel, out var lead);
        var stages = new List<(string Name, Action Body)>();
        foreach (var name in options.Models)
        {
            ModelCatalog.TryGet(name, out var model);
            stages.Add(($"model {name}", () => model.Run(scenario, scenario.ModelSettings.TryGetValue(name, out var s) ? s : Model.Domain.ModelSettings.Empty, single)));
        }

        var leadSettings = scenario.ModelSettings.TryGetValue(lead.Name, out var ls) ? ls : Model.Domain.ModelSettings.Empty;
        stages.Add(($"Monte Carlo {lead.Name} × {options.Runs}", () => MonteCarloForecaster.Run(lead, scenario, leadSettings, new MonteCarloOptions { Runs = options.Runs }, context)));
        stages.Add(($"sensitivity {lead.Name}", () => OneAtATimeAnalysis.Run(lead, scenario, leadSettings, OneAtATimeOptions.Default, context)));
        stages.Add(("two fronts", () => TwoFrontSimulation.Run(scenario, lead, leadSettings, TwoFrontOptions.FromSettings(scenario.Arena!.Coupling), single)));
        stages.Add(("whole assessment + brief", () => BriefComposer.Compose(Assessor.Run(scenario, options, context), "middle-east-2025", TrackRecord.Deu2)));

        Console.WriteLine($"middle-east-2025, {threads} thread(s), median of {repeats}:");
        foreach (var (name, body) in stages)
        {
            body();
            var times = new double[repeats];
            for (var k = 0; k < repeats; k++)
            {
                var watch = Stopwatch.StartNew();
                body();
                times[k] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-32} {times[repeats / 2],9:0.0} ms"));
        }
    }
}
