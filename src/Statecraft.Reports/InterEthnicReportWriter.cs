using System.Globalization;
using System.Text;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.InterEthnic;

namespace Statecraft.Reports;

/// <summary>Writes a Model II (inter-group violence) run's outcome and per-tick counts as JSON or CSV.</summary>
/// <remarks>
/// JSON: <c>{"scenario": null, "model": "ii", "run", "seed", "parameters": {name: value}, "manifest": {"toolVersion",
/// "scenarioHash"}, "summary": {"genocideTick", "victor",
/// "totalKilled", "finalBlue", "finalGreen"}, "ticks": [{"tick", "blue", "green", "active", "jailed", "killed",
/// "activeBlue", "activeGreen", "births", "deaths", "arrests", "cops", "cumulativeKilled", "mixedShare"}]}</c>; <c>genocideTick</c> and
/// <c>victor</c> are null when both groups survive. CSV: one line per tick with the tick fields in that order,
/// invariant culture. The header (scenario to manifest) is written by <see cref="JsonHeader"/>.
/// </remarks>
public static class InterEthnicReportWriter
{
    /// <summary>Gets the CSV header line (without the line end).</summary>
    public static string CsvHeader => "tick,blue,green,active,jailed,killed,active_blue,active_green,births,deaths,arrests,cops,cumulative_killed,mixed_share";

    /// <summary>Writes the run as indented JSON.</summary>
    /// <param name="run">The run (its seed, or <c>null</c> when it has none).</param>
    /// <param name="runName">The named run the options started from.</param>
    /// <param name="parameters">The options as given (kebab-case names), written as the <c>parameters</c> object.</param>
    /// <param name="manifest">How to reproduce the run: the tool version (Model II reads no scenario, so its hash is empty).</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Json(InterEthnicRun run, string runName, ModelSettings parameters, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(manifest);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, manifest.Scenario.Length > 0 ? manifest.Scenario : null);
            JsonHeader.WriteModel(w, "ii");
            w.WriteString("run", runName);
            JsonHeader.WriteSeed(w, run.Seed);
            JsonHeader.WriteParameters(w, parameters);
            JsonHeader.WriteManifest(w, manifest);
            w.WriteStartObject("summary");
            if (run.GenocideTick is { } tick)
            {
                w.WriteNumber("genocideTick", tick);
                w.WriteString("victor", run.Victor == EthnicGroup.Blue ? "blue" : "green");
            }
            else
            {
                w.WriteNull("genocideTick");
                w.WriteNull("victor");
            }

            w.WriteNumber("totalKilled", run.TotalKilled);
            w.WriteNumber("finalBlue", run.Ticks.IsEmpty ? 0 : run.Ticks[^1].Blue);
            w.WriteNumber("finalGreen", run.Ticks.IsEmpty ? 0 : run.Ticks[^1].Green);
            w.WriteEndObject();
            w.WriteStartArray("ticks");
            foreach (var t in run.Ticks)
            {
                w.WriteStartObject();
                w.WriteNumber("tick", t.Tick);
                w.WriteNumber("blue", t.Blue);
                w.WriteNumber("green", t.Green);
                w.WriteNumber("active", t.Active);
                w.WriteNumber("jailed", t.Jailed);
                w.WriteNumber("killed", t.Killed);
                w.WriteNumber("activeBlue", t.ActiveBlue);
                w.WriteNumber("activeGreen", t.ActiveGreen);
                w.WriteNumber("births", t.Births);
                w.WriteNumber("deaths", t.Deaths);
                w.WriteNumber("arrests", t.Arrests);
                w.WriteNumber("cops", t.Cops);
                w.WriteNumber("cumulativeKilled", t.CumulativeKilled);
                w.WriteNumber("mixedShare", t.MixedShare);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes the run's ticks as CSV with the header <see cref="CsvHeader"/>.</summary>
    /// <param name="ticks">The per-tick counts.</param>
    /// <returns>The CSV text, one line per tick, "\n" line ends.</returns>
    public static string Csv(IEnumerable<InterEthnicTick> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var sb = new StringBuilder(CsvHeader).Append('\n');
        foreach (var t in ticks)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t.Tick},{t.Blue},{t.Green},{t.Active},{t.Jailed},{t.Killed},{t.ActiveBlue},{t.ActiveGreen},{t.Births},{t.Deaths},{t.Arrests},{t.Cops},{t.CumulativeKilled},{t.MixedShare.ToString("R", CultureInfo.InvariantCulture)}\n");
        }

        return sb.ToString();
    }
}
