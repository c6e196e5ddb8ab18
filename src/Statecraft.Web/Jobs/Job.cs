using Statecraft.Model.Domain;
using Statecraft.Storage;

namespace Statecraft.Web.Jobs;

/// <summary>A long run (Monte Carlo, sensitivity) on the thread pool: its progress, state, results and, once saved, its id in the run store.</summary>
/// <remarks>Thread-safe: the run writes progress and the outcome, requests read them.</remarks>
internal sealed class Job(string id, Scenario scenario, RunRequest request) : IProgress<double>, IDisposable
{
    private double _progress;

    public string Id { get; } = id;

    public Scenario Scenario { get; } = scenario;

    public RunRequest Request { get; } = request;

    public CancellationTokenSource Cancellation { get; } = new();

    public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;

    public double Progress => Volatile.Read(ref _progress);

    /// <summary>Gets or sets running, done, failed or cancelled.</summary>
    public volatile string State = "running";

    public volatile string? Error;

    public volatile string? Json;

    public long? RunId { get; set; }

    public void Report(double value) => Volatile.Write(ref _progress, Math.Clamp(value, 0, 1));

    public void Dispose() => Cancellation.Dispose();
}
