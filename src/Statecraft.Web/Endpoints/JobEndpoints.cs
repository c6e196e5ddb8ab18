using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Statecraft.Model.Uncertainty;
using Statecraft.Runs;
using Statecraft.Web.Hosting;
using Statecraft.Web.Jobs;

namespace Statecraft.Web.Endpoints;

/// <summary>Starts long runs (Monte Carlo, sensitivity) as jobs, reports their progress, returns their results JSON and cancels them.</summary>
internal static class JobEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/jobs", async (HttpContext context, JobRegistry jobs) =>
        {
            var body = await Bodies.Read<RunBody>(context).ConfigureAwait(false);
            var (loaded, model, settings, seed) = Bodies.Forecast(body);
            var threads = Math.Max(1, Environment.ProcessorCount / 2);
            var request = body.Method?.ToLowerInvariant() switch
            {
                null or "monte-carlo" => RunRequests.MonteCarlo(loaded, model, settings, seed, Runs(body.Runs), threads),
                "oat" => RunRequests.Sensitivity(loaded, model, settings, seed, sobol: false, 0, [], threads),
                "sobol" => RunRequests.Sensitivity(loaded, model, settings, seed, sobol: true, Samples(body.Samples), [], threads),
                var m => throw new UserInputException($"method {m} is not supported; use monte-carlo, oat or sobol."),
            };
            var job = jobs.Start(loaded.Scenario, request);
            return Results.Json(Status(job), Problems.Json, statusCode: 202);
        });
        app.MapGet("/api/jobs/{id}", (string id, JobRegistry jobs) => Results.Json(Status(Find(jobs, id)), Problems.Json));
        app.MapGet("/api/jobs/{id}/result", (string id, JobRegistry jobs) =>
        {
            var job = Find(jobs, id);
            return job.Json is { } json
                ? Results.Text(json, "application/json; charset=utf-8")
                : throw new UserInputException($"job {id} is {job.State}{(job.Error is null ? string.Empty : ": " + job.Error)}; it has no results.");
        });
        app.MapDelete("/api/jobs/{id}", (string id, JobRegistry jobs) =>
        {
            var job = Find(jobs, id);
            job.Cancellation.Cancel();
            return Results.Json(Status(job), Problems.Json);
        });
    }

    private static Job Find(JobRegistry jobs, string id) =>
        jobs.Find(id) ?? throw new UserInputException($"no job {id}; jobs are kept until {JobRegistry.Kept} newer ones have finished.");

    private static object Status(Job job) =>
        new { id = job.Id, kind = job.Request.Kind, state = job.State, progress = job.Progress, error = job.Error, runId = job.RunId };

    private static int Runs(int? runs) => runs switch
    {
        null => 1000,
        < 1 or > MonteCarloOptions.MaxRuns => throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"runs {runs} is out of range; use 1 to {MonteCarloOptions.MaxRuns}.")),
        { } r => r,
    };

    private static int Samples(int? samples) => samples switch
    {
        null => 256,
        < 2 or > 100_000 => throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"samples {samples} is out of range; use 2 to 100000.")),
        { } s => s,
    };
}
