using System.Text;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Reports;

/// <summary>Draws a histogram as one line of block characters, for tables and terminals.</summary>
/// <remarks>Each bin is one of ▁▂▃▄▅▆▇█ scaled to the fullest bin; an empty bin is a space. Stateless and thread-safe.</remarks>
public static class HistogramText
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>Renders the bins, lowest first.</summary>
    /// <param name="bins">The histogram.</param>
    /// <returns>One character per bin; all spaces when every bin is empty.</returns>
    public static string Sparkline(IReadOnlyList<HistogramBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        long max = 0;
        foreach (var b in bins)
        {
            max = Math.Max(max, b.Count);
        }

        var sb = new StringBuilder(bins.Count);
        foreach (var b in bins)
        {
            if (b.Count == 0 || max == 0)
            {
                sb.Append(' ');
                continue;
            }

            // Any non-empty bin shows at least the lowest block, so a rare outcome stays visible.
            var level = (int)Math.Ceiling((double)b.Count / max * Blocks.Length) - 1;
            sb.Append(Blocks[Math.Clamp(level, 0, Blocks.Length - 1)]);
        }

        return sb.ToString();
    }
}
