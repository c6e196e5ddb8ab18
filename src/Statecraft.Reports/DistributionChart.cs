using ScottPlot;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Reports;

/// <summary>Draws each issue's Monte Carlo distribution: the histogram over the scale, with P10, P50, P90 and the deterministic forecast marked (ScottPlot).</summary>
/// <remarks>One panel per issue. The file type follows the extension: <c>.svg</c> or <c>.png</c>. Stateless and thread-safe.</remarks>
public static class DistributionChart
{
    private const int PanelWidth = 900;
    private const int PanelHeight = 360;

    /// <summary>Renders the chart and saves it to <paramref name="path"/> atomically.</summary>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="result">The Monte Carlo result.</param>
    /// <param name="path">The output file, ending in <c>.svg</c> or <c>.png</c>.</param>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static void Save(Scenario scenario, MonteCarloResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var kind = ChartFile.KindOf(path);
        var plots = result.Issues.Select(d => Panel(scenario, result, d)).ToArray();
        ChartFile.Save(plots, path, kind, PanelWidth, PanelHeight);
    }

    private static Plot Panel(Scenario scenario, MonteCarloResult result, OutcomeDistribution d)
    {
        var issue = scenario.FindIssue(d.IssueId)!;
        var plot = new Plot();
        plot.Title($"{issue.Name} ({result.Model}, {result.Runs} runs, seed {result.Seed})");
        plot.XLabel($"outcome [{issue.Scale.Min:g4}, {issue.Scale.Max:g4}]");
        plot.YLabel("share of runs");
        var bars = d.Histogram.Select(b => new Bar
        {
            Position = (b.Lower + b.Upper) / 2,
            Value = b.Share,
            Size = (b.Upper - b.Lower) * 0.95,
            FillColor = Colors.SteelBlue,
        }).ToArray();
        plot.Add.Bars(bars);
        Mark(plot, d.P10, "P10", Colors.Gray, LinePattern.Dashed);
        Mark(plot, d.P50, "P50", Colors.Black, LinePattern.Solid);
        Mark(plot, d.P90, "P90", Colors.Gray, LinePattern.Dashed);
        Mark(plot, d.Baseline, "forecast", Colors.Red, LinePattern.Dotted);
        plot.Axes.SetLimitsX(issue.Scale.Min, issue.Scale.Max);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static void Mark(Plot plot, double? value, string label, Color color, LinePattern pattern)
    {
        if (value is { } v)
        {
            var line = plot.Add.VerticalLine(v, 2, color, pattern);
            line.LegendText = label;
        }
    }
}
