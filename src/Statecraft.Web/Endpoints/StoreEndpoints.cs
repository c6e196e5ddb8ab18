using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Statecraft.Reports;
using Statecraft.Runs;
using Statecraft.Scenarios;
using Statecraft.Storage;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Endpoints;

/// <summary>The run store: list runs, open one (its manifest, results and scenario), rerun one and say whether the results are identical.</summary>
internal static class StoreEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/runs", (WebAppOptions options, int? limit) =>
        {
            using var store = RunStores.Open(options.Store, mustExist: false);
            return Results.Json(store.List(Math.Clamp(limit ?? 50, 1, 500)), Problems.Json);
        });
        app.MapGet("/api/runs/{id:long}", (WebAppOptions options, long id) =>
        {
            using var store = RunStores.Open(options.Store, mustExist: true);
            var r = RunStores.Find(store, id);
            var (scenario, _) = RunRecorder.Replay(r);
            return Results.Json(
                new { r.Id, r.Kind, r.Model, r.Seed, r.Runs, r.Threads, r.ToolVersion, r.CreatedUtc, r.ScenarioTitle, r.ScenarioHash, options = r.OptionsJson, yaml = NativeScenarioWriter.Write(scenario) },
                Problems.Json);
        });
        app.MapGet("/api/runs/{id:long}/results", (WebAppOptions options, long id) =>
        {
            using var store = RunStores.Open(options.Store, mustExist: true);
            return Results.Text(RunStores.Find(store, id).ResultsJson, "application/json; charset=utf-8");
        });
        app.MapPost("/api/runs/{id:long}/rerun", (WebAppOptions options, long id, HttpContext context) =>
        {
            RunRecord record;
            using (var store = RunStores.Open(options.Store, mustExist: true))
            {
                record = RunStores.Find(store, id);
            }

            var (scenario, request) = RunRecorder.Replay(record);
            var run = RunExecutor.Execute(scenario, request, null, context.RequestAborted);
            return Results.Json(new { id, identical = run.Json == record.ResultsJson, storedBy = record.ToolVersion, now = RunManifest.CurrentToolVersion }, Problems.Json);
        });
    }
}
