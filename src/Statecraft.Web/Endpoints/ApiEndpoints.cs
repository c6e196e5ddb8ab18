using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Statecraft.Model.Forecasting;
using Statecraft.Reports;
using Statecraft.Runs;
using Statecraft.Scenarios;
using Statecraft.Scenarios.Formats;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Endpoints;

/// <summary>The JSON API over the run layer; every result is the text the command line writes (the same writers of Statecraft.Reports).</summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scenarios", () => Results.Json(BundledScenarios.Names.Select(n => new { name = n, description = BundledScenarios.Describe(n) }), Problems.Json));
        app.MapGet("/api/scenarios/{name}", (string name) =>
        {
            if (!BundledScenarios.Contains(name))
            {
                throw new UserInputException($"'{name}' is not a bundled scenario; bundled: {string.Join(", ", BundledScenarios.Names)}.");
            }

            var result = ScenarioResolver.ReadText(name + ".yaml", BundledScenarios.GetText(name), ScenarioReadOptions.Default);
            return Results.Json(ScenarioView.From(name, result), Problems.Json);
        });
        app.MapPost("/api/scenario/read", async (HttpContext context) =>
        {
            var body = await Bodies.Read<ScenarioBody>(context).ConfigureAwait(false);
            if (body.Text is null)
            {
                throw new UserInputException("text: missing; send the file's text.");
            }

            var name = string.IsNullOrWhiteSpace(body.Name) ? "scenario.yaml" : body.Name.Trim();
            return Results.Json(ScenarioView.From(name, ScenarioResolver.ReadText(name, body.Text, Bodies.ReadOptions(body))), Problems.Json);
        });
        app.MapGet("/api/models", () => Results.Json(
            ModelCatalog.All.Select(m => new { name = m.Name, summary = m.Summary, options = m.Options.Select(o => new { name = o.Name, @default = o.DefaultText, allowed = o.Allowed, description = o.Description }) }),
            Problems.Json));
        app.MapPost("/api/forecast", async (HttpContext context) =>
        {
            var body = await Bodies.Read<RunBody>(context).ConfigureAwait(false);
            var (loaded, model, settings, seed) = Bodies.Forecast(body);
            var forecast = ForecastRunner.Run(loaded, model, settings, seed, context.RequestAborted);
            return body.Format?.ToLowerInvariant() switch
            {
                null or "json" => Results.Text(ForecastJsonWriter.Write(loaded.Scenario, forecast, ForecastRunner.Manifest(loaded)), Json),
                "csv" => Results.Text(ForecastCsvWriter.Write(loaded.Scenario, forecast), "text/csv; charset=utf-8"),
                var f => throw new UserInputException($"format {f} is not supported; use json or csv."),
            };
        });
        app.MapPost("/api/forecast/all", async (HttpContext context) =>
        {
            var body = await Bodies.Read<RunBody>(context).ConfigureAwait(false);
            var loaded = Bodies.Scenario(body.Name, body.Yaml);
            var seed = ForecastRunner.Seed(loaded, body.Seed);
            foreach (var m in ModelCatalog.All)
            {
                ModelScale.Check(loaded.Scenario, m.Name);
            }

            var texts = ModelCatalog.All.Select(m =>
            {
                var settings = ModelResolver.Settings(loaded.Scenario, m, null, null, []);
                return ForecastJsonWriter.Write(loaded.Scenario, ForecastRunner.Run(loaded, m, settings, seed, context.RequestAborted), ForecastRunner.Manifest(loaded));
            });
            return Results.Text("[\n" + string.Join(",\n", texts) + "\n]\n", Json);
        });
        app.MapPost("/api/whatif", async (HttpContext context) =>
        {
            var body = await Bodies.Read<RunBody>(context).ConfigureAwait(false);
            if (body.Shocks is not { Length: > 0 })
            {
                throw new UserInputException($"shocks: missing; give at least one of {ShockParser.Syntax}.");
            }

            var (loaded, model, settings, seed) = Bodies.Forecast(body);
            var request = RunRequests.Sensitivity(loaded, model, settings, seed, sobol: false, samples: 0, body.Shocks, threads: 1);
            return Results.Text(RunExecutor.Execute(loaded.Scenario, request, null, context.RequestAborted).Json, Json);
        });
        app.MapPost("/api/simulate", async (HttpContext context) =>
        {
            var body = await Bodies.Read<RunBody>(context).ConfigureAwait(false);
            if (body.Rounds is < 1 or > Bodies.MaxRounds)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"rounds {body.Rounds} is outside [1, {Bodies.MaxRounds}]."));
            }

            var (loaded, model, settings, seed) = Bodies.Forecast(body with { Rounds = null });
            var result = TwoFrontRunner.Run(loaded, model, settings, body.Rounds, seed, context.RequestAborted);
            return Results.Text(TwoFrontJsonWriter.Write(seed, result, ForecastRunner.Manifest(loaded)), Json);
        });
        app.MapPost("/api/backtest", async (HttpContext context) =>
        {
            var body = await Bodies.Read<ScenarioBody>(context).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(body.Text))
            {
                throw new UserInputException("text: missing; send the data file's text (e.g. a DEU II CSV file).");
            }

            var loaded = ScenarioResolver.ResolveText(body.Name ?? "data.csv", body.Text, Bodies.ReadOptions(body));
            var report = BacktestRunner.Run(loaded, body.Models, body.Seed, context.RequestAborted);
            return Results.Text(BacktestJsonWriter.Write(report, ForecastRunner.Manifest(loaded)), Json);
        });
    }
}
