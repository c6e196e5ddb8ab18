using ScottPlot;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Reports;

/// <summary>Draws every actor's position over the rounds, with the median and the mean, one panel per issue (ScottPlot).</summary>
/// <remarks>
/// Static models draw round 0 only, as points. The file type follows the extension: <c>.svg</c> or <c>.png</c>.
/// Stateless and thread-safe.
/// </remarks>
public static class ForecastChart
{
    private const int PanelWidth = 900;
    private const int PanelHeight = 420;

    /// <summary>Renders the chart and saves it to <paramref name="path"/> atomically.</summary>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="forecast">The model's forecast.</param>
    /// <param name="path">The output file, ending in <c>.svg</c> or <c>.png</c>.</param>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static void Save(Scenario scenario, Forecast forecast, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(forecast);
        var kind = ChartFile.KindOf(path);
        var plots = forecast.Issues.Select(f => Panel(scenario, forecast.Model, f)).ToArray();
        ChartFile.Save(plots, path, kind, PanelWidth, PanelHeight);
    }

    private static Plot Panel(Scenario scenario, string model, IssueForecast f)
    {
        var issue = scenario.FindIssue(f.IssueId)!;
        var plot = new Plot();
        plot.Title($"{issue.Name} ({model})");
        plot.XLabel("round");
        plot.YLabel($"position [{issue.Scale.Min:g4}, {issue.Scale.Max:g4}]");
        var rounds = f.Rounds;
        if (rounds.IsEmpty)
        {
            return plot;
        }

        var xs = rounds.Select(r => (double)r.Round).ToArray();
        var palette = new ScottPlot.Palettes.Category20();
        var actorIds = rounds[0].Positions.Select(p => p.ActorId).ToArray();
        for (var k = 0; k < actorIds.Length; k++)
        {
            var ys = rounds.Select(r => r.Positions.FirstOrDefault(p => p.ActorId == actorIds[k]).Value).ToArray();
            var line = plot.Add.Scatter(xs, ys, palette.GetColor(k));
            line.LegendText = actorIds[k];
            line.LineWidth = 1.5f;
            line.MarkerSize = rounds.Length == 1 ? 8 : 3;
        }

        var median = plot.Add.Scatter(xs, rounds.Select(r => r.Median).ToArray(), Colors.Black);
        median.LegendText = "median";
        median.LineWidth = 3;
        median.LinePattern = LinePattern.Solid;
        var mean = plot.Add.Scatter(xs, rounds.Select(r => r.Mean).ToArray(), Colors.Gray);
        mean.LegendText = "mean";
        mean.LineWidth = 3;
        mean.LinePattern = LinePattern.Dashed;
        if (f.Value is { } v)
        {
            var h = plot.Add.HorizontalLine(v, 1, Colors.Red, LinePattern.Dotted);
            h.LegendText = "forecast";
        }

        plot.Axes.SetLimitsY(issue.Scale.Min - (0.03 * issue.Scale.Range), issue.Scale.Max + (0.03 * issue.Scale.Range));
        if (rounds.Length == 1)
        {
            plot.Axes.SetLimitsX(-1, 1);
        }

        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
