using System.Text.Json;
using Statecraft.Model.Backtesting;

namespace Statecraft.Reports;

/// <summary>Writes a cross-validated backtest as JSON: per scheme, per model and split, n, MAE, the gain over the compromise with its clustered standard error and t, 80% interval coverage and width, and CRPS; then the acceptance verdicts.</summary>
/// <remarks>
/// <para>Shape: <c>{"scenario", "manifest": {"toolVersion", "scenarioHash"}, "issues", "groups", "schemes": [{"scheme",
/// "repeats", "folds", "models": [{"model", "failures": [...], "splits": [{"split", "n", "mae", "gain", "gainSE", "t",
/// "coverage", "meanWidth", "crps"}]}]}], "acceptance": [{"model", "accepted", "failures": [...]}] or null}</c>.
/// Figures are on the 0–100 scale; a figure that does not exist (the compromise's own t) is <c>null</c>. The acceptance
/// verdicts are present only when all four schemes ran. Property order is fixed and no timestamp is written.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class CrossValidationJsonWriter
{
    /// <summary>Serialises cross-validation reports.</summary>
    /// <param name="reports">One report per scheme, all on the same scenario.</param>
    /// <param name="verdicts">The acceptance verdicts, or <see langword="null"/> when not every scheme ran.</param>
    /// <param name="manifest">How to reproduce the run.</param>
    /// <returns>Indented JSON ending in a newline.</returns>
    public static string Write(IReadOnlyList<CrossValidationReport> reports, IReadOnlyList<AcceptanceVerdict>? verdicts, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario);
            JsonHeader.WriteManifest(w, manifest);
            w.WriteNumber("issues", reports.Count > 0 ? reports[0].Issues : 0);
            w.WriteNumber("groups", reports.Count > 0 ? reports[0].Groups : 0);
            w.WriteStartArray("schemes");
            foreach (var report in reports)
            {
                w.WriteStartObject();
                w.WriteString("scheme", report.SchemeName);
                w.WriteNumber("repeats", report.Repeats);
                w.WriteNumber("folds", report.Folds);
                w.WriteStartArray("models");
                foreach (var model in report.Models)
                {
                    w.WriteStartObject();
                    w.WriteString("model", model.Model);
                    Strings(w, "failures", model.Failures);
                    w.WriteStartArray("splits");
                    foreach (var row in model.Rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("split", row.Split);
                        w.WriteNumber("n", row.N);
                        JsonText.WriteNumberOrNull(w, "mae", row.MeanAbsoluteError);
                        JsonText.WriteNumberOrNull(w, "gain", row.Gain);
                        JsonText.WriteNumberOrNull(w, "gainSE", row.GainStandardError);
                        JsonText.WriteNumberOrNull(w, "t", row.T);
                        JsonText.WriteNumberOrNull(w, "coverage", row.Coverage);
                        JsonText.WriteNumberOrNull(w, "meanWidth", row.MeanWidth);
                        JsonText.WriteNumberOrNull(w, "crps", row.Crps);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (verdicts is null)
            {
                w.WriteNull("acceptance");
            }
            else
            {
                w.WriteStartArray("acceptance");
                foreach (var v in verdicts)
                {
                    w.WriteStartObject();
                    w.WriteString("model", v.Model);
                    w.WriteBoolean("accepted", v.Accepted);
                    Strings(w, "failures", v.Failures);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        });
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
