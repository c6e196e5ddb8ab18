using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Model.Uncertainty.Shocks;

namespace Statecraft.Reports;

/// <summary>Writes sensitivity analyses and what-if comparisons as JSON.</summary>
/// <remarks>
/// <para>One-at-a-time: <c>{"scenario", "title", "model", "seed", "method": "one-at-a-time", "manifest", "issues": [{"id",
/// "name", "forecast", "effects": [{"input", "kind", "actor", "issue", "low", "high", "lowForecast", "highForecast",
/// "swing"}]}]}</c>, largest swing first. Sobol: the same with <c>"method": "sobol"</c>, <c>"samples"</c>, and per issue
/// <c>"variance"</c> and <c>"indices": [{"input", "kind", "actor", "issue", "first", "firstError", "total", "totalError"}]</c>.
/// What-if: <c>{"scenario", "title", "model", "seed", "shocks": [text], "manifest", "issues": [{"id", "name", "before",
/// "after", "change"}]}</c>. Undefined numbers are <c>null</c>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class SensitivityJsonWriter
{
    /// <summary>Serialises a one-at-a-time analysis.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="result">The analysis.</param>
    /// <param name="manifest">How to reproduce it.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(Scenario scenario, OneAtATimeResult result, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Document(scenario, manifest, result.Model, result.Seed, "one-at-a-time", w =>
        {
            foreach (var issue in result.Issues)
            {
                StartIssue(w, scenario, issue.IssueId);
                JsonText.WriteNumberOrNull(w, "forecast", issue.Baseline);
                w.WriteStartArray("effects");
                foreach (var e in issue.Effects)
                {
                    w.WriteStartObject();
                    WriteInput(w, e.Input);
                    w.WriteNumber("low", e.LowValue);
                    w.WriteNumber("high", e.HighValue);
                    JsonText.WriteNumberOrNull(w, "lowForecast", e.LowForecast);
                    JsonText.WriteNumberOrNull(w, "highForecast", e.HighForecast);
                    JsonText.WriteNumberOrNull(w, "swing", e.Swing);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
        });
    }

    /// <summary>Serialises a Sobol analysis.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="result">The analysis.</param>
    /// <param name="manifest">How to reproduce it.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(Scenario scenario, SobolResult result, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Document(scenario, manifest, result.Model, result.Seed, "sobol", w =>
        {
            foreach (var issue in result.Issues)
            {
                StartIssue(w, scenario, issue.IssueId);
                JsonText.WriteNumberOrNull(w, "variance", issue.Variance);
                w.WriteStartArray("indices");
                foreach (var i in issue.Indices)
                {
                    w.WriteStartObject();
                    WriteInput(w, i.Input);
                    JsonText.WriteNumberOrNull(w, "first", i.First);
                    JsonText.WriteNumberOrNull(w, "firstError", i.FirstError);
                    JsonText.WriteNumberOrNull(w, "total", i.Total);
                    JsonText.WriteNumberOrNull(w, "totalError", i.TotalError);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
        }, samples: result.Samples);
    }

    /// <summary>Serialises a what-if comparison.</summary>
    /// <param name="scenario">The scenario before the shocks.</param>
    /// <param name="result">The comparison.</param>
    /// <param name="manifest">How to reproduce it.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(Scenario scenario, WhatIfResult result, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Document(scenario, manifest, result.Before.Model, result.Before.Seed ?? 0, "what-if", w =>
        {
            foreach (var c in result.Changes)
            {
                StartIssue(w, scenario, c.IssueId);
                JsonText.WriteNumberOrNull(w, "before", c.Before);
                JsonText.WriteNumberOrNull(w, "after", c.After);
                JsonText.WriteNumberOrNull(w, "change", c.Delta);
                w.WriteEndObject();
            }
        }, shocks: result.Shocks.Select(s => s.Description));
    }

    private static string Document(Scenario scenario, RunManifest manifest, string model, ulong seed, string method, Action<Utf8JsonWriter> issues, int? samples = null, IEnumerable<string>? shocks = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario, scenario.Metadata.Title);
            JsonHeader.WriteModel(w, model);
            JsonHeader.WriteSeed(w, seed);
            w.WriteString("method", method);
            if (samples is { } n)
            {
                w.WriteNumber("samples", n);
            }

            if (shocks is not null)
            {
                w.WriteStartArray("shocks");
                foreach (var s in shocks)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
            }

            JsonHeader.WriteManifest(w, manifest);
            w.WriteStartArray("issues");
            issues(w);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void StartIssue(Utf8JsonWriter w, Scenario scenario, string issueId)
    {
        w.WriteStartObject();
        w.WriteString("id", issueId);
        w.WriteString("name", scenario.FindIssue(issueId)?.Name ?? issueId);
    }

    private static void WriteInput(Utf8JsonWriter w, Model.Uncertainty.ScenarioInput input)
    {
        w.WriteString("input", input.Name);
        w.WriteString("kind", input.Kind.ToString().ToLowerInvariant());
        w.WriteString("actor", input.ActorId);
        w.WriteString("issue", input.IssueId);
    }
}
