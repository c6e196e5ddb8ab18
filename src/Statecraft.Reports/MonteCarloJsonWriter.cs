using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Reports;

/// <summary>Writes a Monte Carlo forecast as JSON: each issue's deterministic forecast and the distribution over the replicates.</summary>
/// <remarks>
/// <para>Shape: <c>{"scenario", "title", "model", "settings", "seed", "runs", "uncertainty": {"positionShare",
/// "salienceSigma", "capabilitySigma", "overrides": [...]}, "manifest": {"toolVersion", "scenarioHash"}, "issues": [{"id",
/// "name", "forecast", "scale": {"min", "max"}, "distribution": {"mean", "sd", "min", "max", "p10", "p50", "p90", "defined",
/// "undefined", "histogram": [{"from", "to", "count", "share"}], "regions": [{"name", "from", "to", "probability"}]}}]}</c>.
/// <c>forecast</c> is the deterministic forecast of the unperturbed scenario; undefined numbers are <c>null</c>. The thread
/// count is not written (it never changes the numbers), so the same seed gives the same bytes on any machine.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class MonteCarloJsonWriter
{
    /// <summary>Serialises a Monte Carlo result.</summary>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="result">The result.</param>
    /// <param name="manifest">How to reproduce the run.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(Scenario scenario, MonteCarloResult result, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario, scenario.Metadata.Title);
            JsonHeader.WriteModel(w, result.Model, result.Settings);
            JsonHeader.WriteSeed(w, result.Seed);
            w.WriteNumber("runs", result.Runs);
            WriteUncertainty(w, result.Uncertainty);
            JsonHeader.WriteManifest(w, manifest);
            w.WriteStartArray("issues");
            foreach (var d in result.Issues)
            {
                var issue = scenario.FindIssue(d.IssueId)
                    ?? throw new ArgumentException($"The result has issue '{d.IssueId}', which the scenario lacks.", nameof(result));
                WriteIssue(w, issue, d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes an uncertainty spec as the <c>uncertainty</c> property.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="spec">The spec.</param>
    public static void WriteUncertainty(Utf8JsonWriter w, UncertaintySpec spec)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(spec);
        w.WriteStartObject("uncertainty");
        w.WriteNumber("positionShare", spec.PositionShare);
        w.WriteNumber("salienceSigma", spec.SalienceSigma);
        w.WriteNumber("capabilitySigma", spec.CapabilitySigma);
        w.WriteStartArray("overrides");
        foreach (var o in spec.Overrides)
        {
            w.WriteStartObject();
            w.WriteString("actor", o.ActorId);
            w.WriteString("issue", o.IssueId);
            JsonText.WriteNumberOrNull(w, "positionShare", o.PositionShare);
            JsonText.WriteNumberOrNull(w, "salienceSigma", o.SalienceSigma);
            JsonText.WriteNumberOrNull(w, "capabilitySigma", o.CapabilitySigma);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIssue(Utf8JsonWriter w, Issue issue, OutcomeDistribution d)
    {
        w.WriteStartObject();
        w.WriteString("id", issue.Id);
        w.WriteString("name", issue.Name);
        JsonText.WriteNumberOrNull(w, "forecast", d.Baseline);
        w.WriteStartObject("scale");
        w.WriteNumber("min", issue.Scale.Min);
        w.WriteNumber("max", issue.Scale.Max);
        w.WriteEndObject();
        w.WriteStartObject("distribution");
        JsonText.WriteNumberOrNull(w, "mean", d.Mean);
        JsonText.WriteNumberOrNull(w, "sd", d.StandardDeviation);
        JsonText.WriteNumberOrNull(w, "min", d.Min);
        JsonText.WriteNumberOrNull(w, "max", d.Max);
        JsonText.WriteNumberOrNull(w, "p10", d.P10);
        JsonText.WriteNumberOrNull(w, "p50", d.P50);
        JsonText.WriteNumberOrNull(w, "p90", d.P90);
        w.WriteNumber("defined", d.Defined);
        w.WriteNumber("undefined", d.Undefined);
        w.WriteStartArray("histogram");
        foreach (var b in d.Histogram)
        {
            w.WriteStartObject();
            w.WriteNumber("from", b.Lower);
            w.WriteNumber("to", b.Upper);
            w.WriteNumber("count", b.Count);
            w.WriteNumber("share", b.Share);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("regions");
        foreach (var r in d.Regions)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Bounds.Name);
            w.WriteNumber("from", r.Bounds.Lower);
            w.WriteNumber("to", r.Bounds.Upper);
            w.WriteNumber("probability", r.Probability);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
