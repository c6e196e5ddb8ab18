using System.Text.Json;
using Statecraft.Model.TwoFronts;

namespace Statecraft.Reports;

/// <summary>Writes a two-front run (§6) as JSON: one entry per round, then the §6.7 events.</summary>
/// <remarks>
/// Top level: <c>scenario</c>, <c>model</c>, <c>seed</c>, <c>manifest</c> (<c>toolVersion</c>, <c>scenarioHash</c>),
/// <c>regime</c>, <c>arenaSeed</c> when the arena has its own, <c>rounds</c> and <c>events</c>.
/// Each round: <c>round</c>, <c>issues</c> (<c>issue</c>, <c>forecast</c>, <c>regimeSalience</c>, <c>settled</c>),
/// <c>regimeCapability</c>, <c>legitimacy</c>, <c>active</c>, <c>jailed</c> and <c>activeShare</c> in [0, 1]
/// (null without an arena), <c>burden</c> and <c>lostGround</c>.
/// </remarks>
public static class TwoFrontJsonWriter
{
    /// <summary>Writes the run as indented JSON.</summary>
    /// <param name="seed">The root seed.</param>
    /// <param name="result">The run.</param>
    /// <param name="manifest">How to reproduce the run: the scenario as named, its hash and the tool version.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(ulong seed, TwoFrontResult result, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario);
            JsonHeader.WriteModel(w, result.Model);
            JsonHeader.WriteSeed(w, seed);
            JsonHeader.WriteManifest(w, manifest);
            WriteNullable(w, "regime", result.RegimeId);
            if (result.ArenaSeed is { } arenaSeed)
            {
                w.WriteNumber("arenaSeed", arenaSeed);
            }

            w.WriteStartArray("rounds");
            foreach (var r in result.Rounds)
            {
                w.WriteStartObject();
                w.WriteNumber("round", r.Round);
                w.WriteStartArray("issues");
                foreach (var i in r.Issues)
                {
                    w.WriteStartObject();
                    w.WriteString("issue", i.IssueId);
                    JsonText.WriteNumberOrNull(w, "forecast", i.Forecast);
                    JsonText.WriteNumberOrNull(w, "regimeSalience", i.RegimeSalience);
                    w.WriteBoolean("settled", i.Settled);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                JsonText.WriteNumberOrNull(w, "regimeCapability", r.RegimeCapability);
                JsonText.WriteNumberOrNull(w, "legitimacy", r.Legitimacy);
                var last = r.LastTick;
                JsonText.WriteNumberOrNull(w, "active", last?.Active);
                JsonText.WriteNumberOrNull(w, "jailed", last?.Jailed);
                JsonText.WriteNumberOrNull(w, "activeShare", last is { } t && t.Agents > 0 ? (double)t.Active / t.Agents : null);
                w.WriteNumber("burden", r.Burden);
                w.WriteNumber("lostGround", r.LostGround);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in result.Events)
            {
                w.WriteStartObject();
                w.WriteNumber("round", e.Round);
                JsonText.WriteNumberOrNull(w, "tick", e.Tick);
                w.WriteString("kind", e.Kind);
                WriteNullable(w, "subject", e.Subject);
                w.WriteString("detail", e.Detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
