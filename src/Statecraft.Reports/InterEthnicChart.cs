using ScottPlot;
using Statecraft.Model.Unrest.InterEthnic;

namespace Statecraft.Reports;

/// <summary>Draws a Model II (inter-group violence) run: both groups' populations per tick, and killings, actives and jailed per tick (ScottPlot).</summary>
/// <remarks>Two stacked panels in the style of Epstein (2002), Model II figures: Blue and Green living agents over ticks
/// (with a marker at the tick of genocide, if any), then agents killed, active and jailed per tick.</remarks>
public static class InterEthnicChart
{
    private const int PanelWidth = 900;
    private const int PanelHeight = 360;

    /// <summary>Writes the chart of <paramref name="run"/> to <paramref name="path"/> (.svg or .png, atomically).</summary>
    /// <param name="run">The run, tick 0 (initial state) first.</param>
    /// <param name="title">The chart title, e.g. the run name and seed.</param>
    /// <param name="path">The output file; its extension picks the format.</param>
    public static void Save(InterEthnicRun run, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(path);
        var kind = ChartFile.KindOf(path);
        var ticks = run.Ticks;
        var xs = ticks.Select(t => (double)t.Tick).ToArray();

        var populations = new Plot();
        populations.Title(title);
        populations.XLabel("tick");
        populations.YLabel("living agents");
        ChartFile.AddLine(populations, xs, [.. ticks.Select(t => (double)t.Blue)], "Blue", Colors.RoyalBlue);
        ChartFile.AddLine(populations, xs, [.. ticks.Select(t => (double)t.Green)], "Green", Colors.ForestGreen);
        if (run.GenocideTick is { } genocide)
        {
            var line = populations.Add.VerticalLine(genocide, 1, Colors.DarkRed);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = $"genocide (t = {genocide})";
        }

        populations.ShowLegend(Alignment.UpperRight);

        var violence = new Plot();
        violence.Title("violence");
        violence.XLabel("tick");
        violence.YLabel("agents per tick");
        ChartFile.AddLine(violence, xs, [.. ticks.Select(t => (double)t.Killed)], "killed", Colors.Red);
        ChartFile.AddLine(violence, xs, [.. ticks.Select(t => (double)t.Active)], "active", Colors.Orange);
        ChartFile.AddLine(violence, xs, [.. ticks.Select(t => (double)t.Jailed)], "jailed", Colors.Gray);
        violence.ShowLegend(Alignment.UpperRight);

        ChartFile.Save([populations, violence], path, kind, PanelWidth, PanelHeight);
    }
}
