using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Model.Uncertainty.Shocks;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Runs a stored-kind request (Monte Carlo, sensitivity, what-if) on a scenario and renders its results JSON; used by every face and by a rerun, so a rerun repeats exactly what the first run did.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RunExecutor
{
    /// <summary>Runs <paramref name="request"/> on <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="request">What to run (<see cref="RunKinds"/>).</param>
    /// <param name="progress">Receives the done share in [0, 1], or <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the run between replicates or samples.</param>
    /// <param name="toolVersion">The tool version the manifest records: this build's (<see cref="RunManifest.CurrentToolVersion"/>) when <see langword="null"/>; a rerun passes the stored run's, so that it compares the results and not the commit that made them.</param>
    /// <param name="replicates">Receives a Monte Carlo run's replicates in order as they complete (e.g. <see cref="MonteCarloCsv"/>), or <see langword="null"/>; only a Monte Carlo run takes one.</param>
    /// <returns>The results JSON and the result object.</returns>
    /// <exception cref="UserInputException">The model, a shock or the kind is not known, a shock names no actor or issue of the scenario, or the model stopped at a documented abort (<see cref="ModelAbort"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="replicates"/> is given for a run that is not Monte Carlo.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ExecutedRun Execute(Scenario scenario, RunRequest request, IProgress<double>? progress, CancellationToken cancellation, string? toolVersion = null, IReplicateSink? replicates = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        if (replicates is not null && request.Kind != RunKinds.MonteCarlo)
        {
            throw new ArgumentException($"A {request.Kind} run has no replicates to stream.", nameof(replicates));
        }

        var model = ModelResolver.Resolve(request.Model);
        try
        {
            return Execute(model, scenario, request, progress, toolVersion, replicates, cancellation);
        }
        catch (Exception ex) when (ModelAbort.Find(ex) is { } abort)
        {
            throw ModelAbort.Explain(scenario, request.Source, model.Name, abort);
        }
    }

    private static ExecutedRun Execute(IForecastModel model, Scenario scenario, RunRequest request, IProgress<double>? progress, string? toolVersion, IReplicateSink? replicates, CancellationToken cancellation)
    {
        var context = new ModelRunContext(request.Seed) { MaxDegreeOfParallelism = request.Threads, Progress = progress, Cancellation = cancellation };
        var manifest = new RunManifest(request.Source, ScenarioCanonicalForm.Hash(scenario), toolVersion ?? RunManifest.CurrentToolVersion);
        switch (request.Kind)
        {
            case RunKinds.MonteCarlo:
                var options = new MonteCarloOptions { Runs = request.Runs, HistogramBins = request.HistogramBins, Uncertainty = request.Uncertainty };
                var mc = MonteCarloForecaster.Run(model, scenario, request.Settings, options, context, replicates);
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
