using System.Globalization;
using System.Text;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest;

namespace Statecraft.Reports;

/// <summary>Writes an Epstein civil-violence run's per-tick counts as JSON or CSV.</summary>
/// <remarks>
/// JSON: <c>{"scenario", "preset", "seed", "parameters": {name: value}, "manifest": {"toolVersion", "scenarioHash"},
/// "outbursts", "peak", "ticks": [{"tick", "quiet", "active", "jailed", "legitimacy"}]}</c>, its header written by
/// <see cref="JsonHeader"/>;
/// CSV: <c>tick,quiet,active,jailed,legitimacy</c>, invariant culture, round-trip doubles.
/// </remarks>
public static class UnrestReportWriter
{
    /// <summary>Writes the run as indented JSON.</summary>
    /// <param name="run">The run (its seed, or <c>null</c> when it has none).</param>
    /// <param name="preset">The preset name the options came from.</param>
    /// <param name="parameters">The options as given (kebab-case names), written as the <c>parameters</c> object.</param>
    /// <param name="manifest">How to reproduce the run: the scenario whose arena was run and its hash (both empty for a
    /// preset run, which writes <c>"scenario": null</c>) and the tool version.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Json(UnrestRun run, string preset, ModelSettings parameters, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario.Length > 0 ? manifest.Scenario : null);
            w.WriteString("preset", preset);
            JsonHeader.WriteSeed(w, run.Seed);
            JsonHeader.WriteParameters(w, parameters);
            JsonHeader.WriteManifest(w, manifest);
            var bursts = run.Outbursts();
            w.WriteNumber("outbursts", bursts.Length);
            w.WriteNumber("peak", run.Ticks.IsEmpty ? 0 : run.Ticks.Max(t => t.Active));
            w.WriteStartArray("ticks");
            foreach (var t in run.Ticks)
            {
                w.WriteStartObject();
                w.WriteNumber("tick", t.Tick);
                w.WriteNumber("quiet", t.Quiet);
                w.WriteNumber("active", t.Active);
                w.WriteNumber("jailed", t.Jailed);
                w.WriteNumber("legitimacy", t.Legitimacy);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes the run's ticks as CSV with the header <c>tick,quiet,active,jailed,legitimacy</c>.</summary>
    /// <param name="ticks">The per-tick counts.</param>
    /// <returns>The CSV text, one line per tick, "\n" line ends.</returns>
    public static string Csv(IEnumerable<UnrestTick> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var sb = new StringBuilder("tick,quiet,active,jailed,legitimacy\n");
        foreach (var t in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t.Tick},{t.Quiet},{t.Active},{t.Jailed},{t.Legitimacy.ToString("R", CultureInfo.InvariantCulture)}\n");
        }

        return sb.ToString();
    }
}
