using System.Text.Json;
using Statecraft.Model.Backtesting;

namespace Statecraft.Reports;

/// <summary>Writes a backtest as JSON: each model's and baseline's n, MAE, median absolute error and RMSE, overall and by subset.</summary>
/// <remarks>
/// <para>Shape: <c>{"scenario", "manifest": {"toolVersion", "scenarioHash"}, "issues", "issuesWithOutcome", "groups",
/// "models": [{"model", "baseline", "n", "mae", "medianAE", "rmse", "subsets": {key: {"n", "mae", "medianAE", "rmse"}}, "failures": ["group: reason"]}]}</c>.
/// A statistic over no issues is <c>null</c>. Property order is fixed and no timestamp is written.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class BacktestJsonWriter
{
    /// <summary>Serialises a backtest report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="manifest">How to reproduce the run.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(BacktestReport report, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario);
            JsonHeader.WriteManifest(w, manifest);
            w.WriteNumber("issues", report.Issues);
            w.WriteNumber("issuesWithOutcome", report.IssuesWithOutcome);
            w.WriteNumber("groups", report.Groups);
            w.WriteStartArray("models");
            foreach (var r in report.Results)
            {
                w.WriteStartObject();
                w.WriteString("model", r.Model);
                w.WriteBoolean("baseline", r.IsBaseline);
                WriteSummary(w, r.Overall);
                w.WriteStartObject("subsets");
                foreach (var (key, summary) in r.Subsets)
                {
                    w.WriteStartObject(key);
                    WriteSummary(w, summary);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartArray("failures");
                foreach (var f in r.Failures)
                {
                    w.WriteStringValue(f);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter w, ErrorSummary s)
    {
        w.WriteNumber("n", s.N);
        JsonText.WriteNumberOrNull(w, "mae", s.MeanAbsoluteError);
        JsonText.WriteNumberOrNull(w, "medianAE", s.MedianAbsoluteError);
        JsonText.WriteNumberOrNull(w, "rmse", s.RootMeanSquaredError);
    }
}
