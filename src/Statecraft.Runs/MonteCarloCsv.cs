using System.Globalization;
using System.Text;
using Statecraft.Model.Uncertainty;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Writes a Monte Carlo result as tidy CSV: <c>replicate,seed,issue,value</c>, one row per replicate and issue (the rows the store keeps).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class MonteCarloCsv
{
    /// <summary>Renders <paramref name="result"/> as CSV; an issue with no forecast in a replicate has an empty value.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The CSV text, with a header line.</returns>
    public static string Write(MonteCarloResult result)
    {
        var sb = new StringBuilder("replicate,seed,issue,value\n");
        foreach (var row in RunRecorder.Samples(result))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{row.Replicate},{row.Seed},{row.IssueId},{(row.Value is { } v ? ForecastJsonWriter.Format(v) : string.Empty)}\n");
        }

        return sb.ToString();
    }
}
