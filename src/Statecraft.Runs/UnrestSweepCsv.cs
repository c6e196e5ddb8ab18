using System.Globalization;
using System.Text;
using Statecraft.Model.Unrest;

namespace Statecraft.Runs;

/// <summary>Writes an unrest sweep's rows as tidy CSV: <c>run_id,seed,&lt;grid options…&gt;,&lt;summary…&gt;</c>, one line per run.</summary>
/// <remarks>
/// <para>run_id is the run's 0-based index (points in grid order, the seeds varying fastest); the grid columns hold each
/// point's values as written in <c>--grid</c>, named after the options; the summary columns are
/// <see cref="UnrestSummary.Columns"/>. Whole numbers are written as such, other values in round-trip form, invariant
/// culture; a mean over nothing is an empty field. Lines end in "\n".</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class UnrestSweepCsv
{
    /// <summary>Renders the rows of a sweep.</summary>
    /// <param name="request">The sweep.</param>
    /// <param name="rows"><see cref="UnrestSummary.Width"/> values per run, run after run.</param>
    /// <returns>The CSV text, with a header line.</returns>
    public static string Write(UnrestSweepRequest request, double[] rows)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rows);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("run_id,seed");
        foreach (var axis in request.Grid)
        {
            sb.Append(',').Append(axis.Name);
        }

        foreach (var column in UnrestSummary.Columns)
        {
            sb.Append(',').Append(column);
        }

        sb.Append('\n');
        var seeds = request.Seeds.Length;
        var values = string.Empty;
        for (var r = 0; r < request.Runs; r++)
        {
            if (r % seeds == 0)
            {
                values = string.Concat(request.Point(r / seeds).Values.Select(v => "," + v));
            }

            var s = UnrestSummary.FromValues(rows.AsSpan(r * UnrestSummary.Width, UnrestSummary.Width));
            sb.Append(inv, $"{r},{request.Seeds[r % seeds]}{values},{s.Outbursts},{s.PeakActive},{s.PeakTick},{D(s.MeanActive)},{D(s.MeanOutburstTicks)},{D(s.MeanWaitingTicks)},{s.FinalQuiet},{s.FinalActive},{s.FinalJailed},{D(s.FinalLegitimacy)}\n");
        }

        return sb.ToString();

        static string D(double v) => double.IsNaN(v) ? string.Empty : v.ToString("R", CultureInfo.InvariantCulture);
    }
}
