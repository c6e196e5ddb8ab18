using System.Globalization;
using System.Text.Json;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Reports;

/// <summary>Writes a forecast as JSON: the contract users' scripts rely on.</summary>
/// <remarks>
/// <para>Shape: <c>{"scenario", "title", "model", "settings", "seed", "manifest", "issues": [{"id", "name", "forecast",
/// "label", "basis", "scale", "rounds": [{"round", "median", "mean", "positions": {actorId: number}}], "events",
/// "pulls", "metrics", "notes"}], "notes"}</c>. Numbers are on each issue's own scale, written with the invariant
/// culture in round-trip form; an undefined forecast is <c>null</c>. Property order is fixed and no timestamp is
/// written, so the same run gives the same bytes.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ForecastJsonWriter
{
    /// <summary>Serialises a forecast.</summary>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="forecast">The model's forecast.</param>
    /// <param name="manifest">How to reproduce the run.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(Scenario scenario, Forecast forecast, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario, scenario.Metadata.Title);
            JsonHeader.WriteModel(w, forecast.Model, forecast.Settings);
            JsonHeader.WriteSeed(w, forecast.Seed);
            JsonHeader.WriteManifest(w, manifest);

            w.WriteStartArray("issues");
            foreach (var issueForecast in forecast.Issues)
            {
                var issue = scenario.FindIssue(issueForecast.IssueId)
                    ?? throw new ArgumentException($"The forecast has issue '{issueForecast.IssueId}', which the scenario lacks.", nameof(forecast));
                WriteIssue(w, issue, issueForecast);
            }

            w.WriteEndArray();
            WriteStrings(w, "notes", forecast.Notes);
            w.WriteEndObject();
        });
    }

    private static void WriteIssue(Utf8JsonWriter w, Issue issue, IssueForecast f)
    {
        w.WriteStartObject();
        w.WriteString("id", issue.Id);
        w.WriteString("name", issue.Name);
        JsonText.WriteNumberOrNull(w, "forecast", f.Value);
        w.WriteString("label", f.Value is { } v ? issue.Scale.Describe(v) : string.Empty);
        w.WriteString("basis", f.Basis);
        w.WriteStartObject("scale");
        w.WriteNumber("min", issue.Scale.Min);
        w.WriteNumber("max", issue.Scale.Max);
        w.WriteEndObject();

        w.WriteStartArray("rounds");
        foreach (var r in f.Rounds)
        {
            w.WriteStartObject();
            w.WriteNumber("round", r.Round);
            JsonText.WriteNumberOrNull(w, "median", r.Median);
            JsonText.WriteNumberOrNull(w, "mean", r.Mean);
            w.WriteStartObject("positions");
            foreach (var p in r.Positions)
            {
                JsonText.WriteNumberOrNull(w, p.ActorId, p.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in f.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("round", e.Round);
            w.WriteString("kind", e.Kind);
            w.WriteString("actor", e.ActorId);
            if (e.PartnerId is null)
            {
                w.WriteNull("partner");
            }
            else
            {
                w.WriteString("partner", e.PartnerId);
            }

            JsonText.WriteNumberOrNull(w, "from", e.From);
            JsonText.WriteNumberOrNull(w, "to", e.To);
            w.WriteString("detail", e.Detail ?? string.Empty);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("pulls");
        foreach (var p in f.Pulls)
        {
            JsonText.WriteNumberOrNull(w, p.ActorId, p.Value);
        }

        w.WriteEndObject();
        w.WriteStartObject("metrics");
        foreach (var kv in f.Metrics.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            JsonText.WriteNumberOrNull(w, kv.Key, kv.Value);
        }

        w.WriteEndObject();
        WriteStrings(w, "notes", f.Notes);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>Formats a number for text output with the invariant culture, in round-trip form.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, or an empty string for NaN and infinities.</returns>
    public static string Format(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
