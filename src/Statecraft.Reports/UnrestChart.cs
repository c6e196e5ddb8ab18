using ScottPlot;
using Statecraft.Model.Unrest;

namespace Statecraft.Reports;

/// <summary>Draws an Epstein civil-violence run: quiet, active and jailed citizens per tick, and legitimacy per tick (ScottPlot).</summary>
/// <remarks>Two stacked panels: counts (agents) over ticks, and legitimacy L in [0, 1] over ticks (Epstein 2002, Figures 1–4 style).</remarks>
public static class UnrestChart
{
    private const int PanelWidth = 900;
    private const int PanelHeight = 360;

    /// <summary>Writes the chart of <paramref name="ticks"/> to <paramref name="path"/> (.svg or .png, atomically).</summary>
    /// <param name="ticks">The per-tick counts, tick 0 (initial state) first.</param>
    /// <param name="title">The chart title, e.g. the preset and seed.</param>
    /// <param name="path">The output file; its extension picks the format.</param>
    public static void Save(IReadOnlyList<UnrestTick> ticks, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        ArgumentNullException.ThrowIfNull(path);
        var kind = ChartFile.KindOf(path);
        var xs = ticks.Select(t => (double)t.Tick).ToArray();

        var counts = new Plot();
        counts.Title(title);
        counts.XLabel("tick");
        counts.YLabel("citizens");
        ChartFile.AddLine(counts, xs, ticks.Select(t => (double)t.Quiet).ToArray(), "quiet", Colors.SteelBlue);
        ChartFile.AddLine(counts, xs, ticks.Select(t => (double)t.Active).ToArray(), "active", Colors.Red);
        ChartFile.AddLine(counts, xs, ticks.Select(t => (double)t.Jailed).ToArray(), "jailed", Colors.Gray);
        counts.ShowLegend(Alignment.UpperRight);

        var legitimacy = new Plot();
        legitimacy.Title("legitimacy");
        legitimacy.XLabel("tick");
        legitimacy.YLabel("L [0, 1]");
        ChartFile.AddLine(legitimacy, xs, ticks.Select(t => t.Legitimacy).ToArray(), "legitimacy", Colors.DarkGreen);
        legitimacy.Axes.SetLimitsY(-0.03, 1.03);
        legitimacy.ShowLegend(Alignment.UpperRight);

        ChartFile.Save([counts, legitimacy], path, kind, PanelWidth, PanelHeight);
    }
}
