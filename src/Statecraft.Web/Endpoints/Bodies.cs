using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Runs;
using Statecraft.Scenarios.Formats;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Endpoints;

/// <summary>Reads request bodies (bounded by the upload limit) and turns their fields into scenarios, models and settings, with the messages the command line gives.</summary>
internal static class Bodies
{
    /// <summary>The most rounds a dynamic model may run from the web app.</summary>
    public const int MaxRounds = 1000;

    public static async Task<T> Read<T>(HttpContext context)
        where T : class
    {
        if (context.Request.ContentLength is 0 || (!context.Request.ContentLength.HasValue && context.Request.Body is null))
        {
            throw new UserInputException("The request has no body; send a JSON object.");
        }

        var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Problems.Json, context.RequestAborted).ConfigureAwait(false);
        return value ?? throw new UserInputException("The request body is null; send a JSON object.");
    }

    public static LoadedScenario Scenario(string? name, string? text, string field = "yaml")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UserInputException($"{field}: missing; send the scenario's text.");
        }

        return ScenarioResolver.ResolveText(name ?? "scenario.yaml", text, ScenarioReadOptions.Default);
    }

    public static ScenarioReadOptions ReadOptions(ScenarioBody body)
    {
        var options = ScenarioResolver.ReadOptions(body.Format, body.Capability, string.IsNullOrEmpty(body.Weights) ? null : "weights.csv");
        return string.IsNullOrEmpty(body.Weights) ? options : options with { Companions = options.Companions.SetItem("weights.csv", body.Weights) };
    }

    /// <summary>The scenario, model, settings and seed of a run; a model above its memory bound in actors is refused (<see cref="ModelScale.Check"/>, as the command line).</summary>
    public static (LoadedScenario Loaded, IForecastModel Model, ModelSettings Settings, ulong Seed) Forecast(RunBody body)
    {
        if (body.Rounds is < 0 or > MaxRounds)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"rounds {body.Rounds} is outside [0, {MaxRounds}]."));
        }

        var loaded = Scenario(body.Name, body.Yaml);
        var model = ModelResolver.Resolve(body.Model);
        ModelScale.Check(loaded.Scenario, model.Name);
        var pairs = (body.Settings ?? []).Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).Select(kv => $"{kv.Key}={kv.Value}").ToImmutableArray();
        var settings = ModelResolver.Settings(loaded.Scenario, model, body.Preset, body.Rounds, pairs);
        return (loaded, model, settings, ForecastRunner.Seed(loaded, body.Seed));
    }
}
