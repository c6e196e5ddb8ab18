using ScottPlot;
using Statecraft.Model.Backtesting;

namespace Statecraft.Reports;

/// <summary>Draws predicted against actual outcomes, one panel per model or baseline, with the diagonal y = x (ScottPlot).</summary>
/// <remarks>
/// Points on the diagonal are perfect forecasts; the panel title carries n and the MAE. The file type follows the
/// extension: <c>.svg</c> or <c>.png</c>. Stateless and thread-safe.
/// </remarks>
public static class BacktestChart
{
    private const int PanelWidth = 640;
    private const int PanelHeight = 480;

    /// <summary>Renders the chart and saves it to <paramref name="path"/> atomically.</summary>
    /// <param name="report">The backtest.</param>
    /// <param name="path">The output file, ending in <c>.svg</c> or <c>.png</c>.</param>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static void Save(BacktestReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kind = ChartFile.KindOf(path);
        ChartFile.Save([.. report.Results.Select(Panel)], path, kind, PanelWidth, PanelHeight);
    }

    private static Plot Panel(ModelBacktest result)
    {
        var plot = new Plot();
        var mae = result.Overall.MeanAbsoluteError is { } m ? m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "–";
        plot.Title($"{result.Model}: n = {result.Overall.N}, MAE = {mae}");
        plot.XLabel("actual outcome");
        plot.YLabel("forecast");
        var actual = result.Predictions.Select(p => p.Actual).ToArray();
        var predicted = result.Predictions.Select(p => p.Predicted).ToArray();
        var lo = Math.Min(0, actual.Concat(predicted).DefaultIfEmpty(0).Min());
        var hi = Math.Max(100, actual.Concat(predicted).DefaultIfEmpty(100).Max());
        var diagonal = plot.Add.Line(lo, lo, hi, hi);
        diagonal.Color = Colors.Gray;
        if (actual.Length > 0)
        {
            var points = plot.Add.ScatterPoints(actual, predicted);
            points.MarkerSize = 6;
            points.Color = Colors.SteelBlue.WithAlpha(0.6);
        }

        var pad = 0.03 * (hi - lo);
        plot.Axes.SetLimits(lo - pad, hi + pad, lo - pad, hi + pad);
        return plot;
    }
}
