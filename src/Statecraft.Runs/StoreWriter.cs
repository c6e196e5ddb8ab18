using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Saves a finished run in the run store, with its scenario, request, manifest and (Monte Carlo) tidy samples.</summary>
/// <remarks>Stateless; each call opens and closes the store.</remarks>
public static class StoreWriter
{
    /// <summary>Saves <paramref name="run"/>.</summary>
    /// <param name="storePath">The store file, or <see langword="null"/> for <see cref="RunStore.DefaultPath"/>.</param>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="request">What was run.</param>
    /// <param name="run">The results.</param>
    /// <returns>The run's id and the store it was saved in.</returns>
    public static StoredRun Save(string? storePath, Scenario scenario, RunRequest request, ExecutedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = storePath ?? RunStore.DefaultPath();
        using var store = RunStore.Open(path);
        var record = RunRecorder.Record(scenario, request, RunManifest.CurrentToolVersion, DateTimeOffset.UtcNow, run.Json);
        var id = store.Save(record, run.MonteCarlo is { } mc ? RunRecorder.Samples(mc) : null);
        return new StoredRun(id, path);
    }
}
