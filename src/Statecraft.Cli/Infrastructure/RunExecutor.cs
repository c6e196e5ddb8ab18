using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Model.Uncertainty.Shocks;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Runs a stored-kind request (Monte Carlo, sensitivity, what-if) on a scenario and renders its results JSON; used by the commands and by <c>runs rerun</c>, so a rerun repeats exactly what the first run did.</summary>
internal static class RunExecutor
{
    // toolVersion goes into the manifest: this build's by default; a rerun passes the stored run's, so that it compares
    // the results and not which commit made them.
    public static ExecutedRun Execute(Scenario scenario, RunRequest request, IProgress<double>? progress, CancellationToken cancellation, string? toolVersion = null)
    {
        var model = ModelResolver.Resolve(request.Model);
        var context = new ModelRunContext(request.Seed) { MaxDegreeOfParallelism = request.Threads, Progress = progress, Cancellation = cancellation };
        var manifest = new RunManifest(request.Source, ScenarioCanonicalForm.Hash(scenario), toolVersion ?? RunManifest.CurrentToolVersion);
        switch (request.Kind)
        {
            case RunKinds.MonteCarlo:
                var options = new MonteCarloOptions { Runs = request.Runs, HistogramBins = request.HistogramBins, Uncertainty = request.Uncertainty };
                var mc = MonteCarloForecaster.Run(model, scenario, request.Settings, options, context);
                return new ExecutedRun(MonteCarloJsonWriter.Write(scenario, mc, manifest)) { MonteCarlo = mc };
            case RunKinds.OneAtATime:
                var oat = OneAtATimeAnalysis.Run(model, scenario, request.Settings, OneAtATimeOptions.Default, context);
                return new ExecutedRun(SensitivityJsonWriter.Write(scenario, oat, manifest)) { OneAtATime = oat };
            case RunKinds.Sobol:
                var sobol = SobolAnalysis.Run(model, scenario, request.Settings, new SobolOptions { Samples = request.Samples, Uncertainty = request.Uncertainty }, context);
                return new ExecutedRun(SensitivityJsonWriter.Write(scenario, sobol, manifest)) { Sobol = sobol };
            case RunKinds.WhatIf:
                var shocks = request.Shocks.Select(ShockParser.Parse).ToImmutableArray();
                WhatIfResult whatIf;
                try
                {
                    whatIf = WhatIf.Compare(model, scenario, request.Settings, shocks, context with { Progress = null, MaxDegreeOfParallelism = 1 });
                }
                catch (ArgumentException ex)
                {
                    throw new UserInputException($"--shock: {ex.Message}", ex);
                }

                whatIf = whatIf with { Before = whatIf.Before with { Seed = request.Seed }, After = whatIf.After with { Seed = request.Seed } };
                return new ExecutedRun(SensitivityJsonWriter.Write(scenario, whatIf, manifest)) { WhatIf = whatIf };
            default:
                throw new UserInputException($"Unknown run kind '{request.Kind}'.");
        }
    }
}

/// <summary>The kinds of run the store records, as written in <see cref="RunRequest.Kind"/>.</summary>
internal static class RunKinds
{
    public const string MonteCarlo = "monte-carlo";
    public const string OneAtATime = "sensitivity-oat";
    public const string Sobol = "sensitivity-sobol";
    public const string WhatIf = "what-if";
}

/// <summary>The results JSON of a run, with the result object for the table views.</summary>
internal sealed record ExecutedRun(string Json)
{
    public MonteCarloResult? MonteCarlo { get; init; }

    public OneAtATimeResult? OneAtATime { get; init; }

    public SobolResult? Sobol { get; init; }

    public WhatIfResult? WhatIf { get; init; }
}
