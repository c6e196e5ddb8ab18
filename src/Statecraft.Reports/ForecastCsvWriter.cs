using System.Globalization;
using CsvHelper;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Reports;

/// <summary>Writes a forecast as CSV in tidy long format: one row per issue, round and actor.</summary>
/// <remarks>
/// <para>Columns: <c>model,issue_id,issue_name,forecast,round,median,mean,actor_id,position</c>. Every row repeats
/// the issue's forecast so the file can be filtered freely; numbers use the invariant culture. An issue without
/// rounds gets one row with empty round columns.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ForecastCsvWriter
{
    /// <summary>Serialises a forecast.</summary>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="forecast">The model's forecast.</param>
    /// <returns>The CSV text, with a header row and <c>\n</c> line ends.</returns>
    public static string Write(Scenario scenario, Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(forecast);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            foreach (var h in new[] { "model", "issue_id", "issue_name", "forecast", "round", "median", "mean", "actor_id", "position" })
            {
                csv.WriteField(h);
            }

            csv.EndRecord();
            foreach (var f in forecast.Issues)
            {
                var name = scenario.FindIssue(f.IssueId)?.Name ?? f.IssueId;
                var value = f.Value is { } v ? ForecastJsonWriter.Format(v) : string.Empty;
                if (f.Rounds.IsEmpty)
                {
                    WriteRow(csv, forecast.Model, f.IssueId, name, value, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
                    continue;
                }

                foreach (var r in f.Rounds)
                {
                    foreach (var p in r.Positions)
                    {
                        WriteRow(
                            csv,
                            forecast.Model,
                            f.IssueId,
                            name,
                            value,
                            r.Round.ToString(CultureInfo.InvariantCulture),
                            ForecastJsonWriter.Format(r.Median),
                            ForecastJsonWriter.Format(r.Mean),
                            p.ActorId,
                            ForecastJsonWriter.Format(p.Value));
                    }
                }
            }
        }

        return text.ToString();
    }

    private static void WriteRow(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }
}
