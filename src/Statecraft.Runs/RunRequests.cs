using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Builds the stored-kind requests (Monte Carlo, sensitivity, what-if) that <see cref="RunExecutor"/> runs and the store keeps.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RunRequests
{
    /// <summary>A Monte Carlo forecast of <paramref name="runs"/> replicates.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <param name="model">The model.</param>
    /// <param name="settings">The model's merged settings.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="runs">The number of replicates.</param>
    /// <param name="threads">The threads allowed; the numbers never depend on it.</param>
    /// <returns>The request.</returns>
    public static RunRequest MonteCarlo(LoadedScenario loaded, IForecastModel model, ModelSettings settings, ulong seed, int runs, int threads)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(model);
        return new RunRequest(RunKinds.MonteCarlo, model.Name, settings, seed) { Source = loaded.Name, Runs = runs, Threads = threads };
    }

    /// <summary>A sensitivity analysis (one at a time, or Sobol), or a what-if when there are shocks.</summary>
    /// <param name="loaded">The scenario.</param>
    /// <param name="model">The model.</param>
    /// <param name="settings">The model's merged settings.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="sobol">Whether to run a Sobol analysis rather than one at a time (ignored with shocks).</param>
    /// <param name="samples">The Sobol base samples.</param>
    /// <param name="shocks">The what-if shocks as written (<see cref="ShockParser"/>), in order.</param>
    /// <param name="threads">The threads allowed; the numbers never depend on it.</param>
    /// <returns>The request.</returns>
    /// <exception cref="UserInputException">A shock is malformed.</exception>
    public static RunRequest Sensitivity(LoadedScenario loaded, IForecastModel model, ModelSettings settings, ulong seed, bool sobol, int samples, IEnumerable<string> shocks, int threads)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(model);
        var texts = shocks.Select(s => s.Trim()).ToImmutableArray();
        foreach (var s in texts)
        {
            ShockParser.Parse(s);
        }

        var kind = texts.IsEmpty ? (sobol ? RunKinds.Sobol : RunKinds.OneAtATime) : RunKinds.WhatIf;
        return new RunRequest(kind, model.Name, settings, seed)
        {
            Source = loaded.Name,
            Threads = threads,
            Samples = kind == RunKinds.Sobol ? samples : 0,
            Shocks = texts,
        };
    }

    /// <summary>The units of work of a request, to decide whether a run is long enough to show progress: replicates, or ten per Sobol sample.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The work, 0 for the quick kinds.</returns>
    public static int Work(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind switch
        {
            RunKinds.MonteCarlo => request.Runs,
            RunKinds.Sobol => request.Samples * 10,
            _ => 0,
        };
    }
}
