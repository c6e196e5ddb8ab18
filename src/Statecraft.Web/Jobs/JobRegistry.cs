using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Statecraft.Model.Domain;
using Statecraft.Runs;
using Statecraft.Scenarios.Validation;
using Statecraft.Storage;

namespace Statecraft.Web.Jobs;

/// <summary>Runs long requests as jobs beside the request threads, so a Monte Carlo never blocks other requests; keeps the most recent jobs.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed partial class JobRegistry(WebAppOptions options, ILogger<JobRegistry> logger) : IDisposable
{
    /// <summary>Jobs kept (finished ones are forgotten oldest first beyond this).</summary>
    public const int Kept = 50;

    /// <summary>Jobs that may run at once; more are refused until one ends.</summary>
    public const int MaxRunning = 4;

    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private long _next;

    public Job Start(Scenario scenario, RunRequest request)
    {
        if (_jobs.Values.Count(j => j.State == "running") >= MaxRunning)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"{MaxRunning} runs are already in progress; wait for one to finish or cancel one."));
        }

        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var job = new Job(id, scenario, request);
        _jobs[id] = job;
        Forget();
        _ = Task.Run(() => Execute(job));
        return job;
    }

    public Job? Find(string id) => _jobs.GetValueOrDefault(id);

    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            job.Cancellation.Cancel();
        }
    }

    private void Execute(Job job)
    {
        try
        {
            var run = RunExecutor.Execute(job.Scenario, job.Request, job, job.Cancellation.Token);
            job.RunId = StoreWriter.Save(options.Store, job.Scenario, job.Request, run).Id;
            job.Json = run.Json;
            job.Report(1);
            job.State = "done";
        }
        catch (OperationCanceledException)
        {
            job.State = "cancelled";
        }
        catch (Exception ex) when (ex is UserInputException or ModelOptionException or ScenarioValidationException or ArgumentException)
        {
            job.Error = ex.Message;
            job.State = "failed";
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, job.Id);
            job.Error = "The run failed unexpectedly; the server's console has the details.";
            job.State = "failed";
        }
    }

    private void Forget()
    {
        foreach (var old in _jobs.Values.Where(j => j.State != "running").OrderBy(j => j.Started).SkipLast(Kept).ToList())
        {
            if (_jobs.TryRemove(old.Id, out var removed))
            {
                removed.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string id);
}
