using ScottPlot;

namespace Statecraft.Reports;

/// <summary>Saves one or more ScottPlot panels, stacked vertically, as one SVG or PNG file, atomically.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ChartFile
{
    /// <summary>Returns the chart kind for a file name.</summary>
    /// <param name="path">The file name.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static ChartKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" => ChartKind.Svg,
            ".png" => ChartKind.Png,
            var ext => throw new ArgumentException($"--chart {path}: the extension '{ext}' is not supported; use .svg or .png.", nameof(path)),
        };
    }

    /// <summary>Stacks the panels and writes the file (temp file, then rename).</summary>
    /// <param name="panels">The plots, top to bottom.</param>
    /// <param name="path">The output file.</param>
    /// <param name="kind">SVG or PNG.</param>
    /// <param name="panelWidth">The width of each panel in pixels.</param>
    /// <param name="panelHeight">The height of each panel in pixels.</param>
    public static void Save(IReadOnlyList<Plot> panels, string path, ChartKind kind, int panelWidth, int panelHeight)
    {
        ArgumentNullException.ThrowIfNull(panels);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        // A new Multiplot holds one empty plot: Reset replaces it with the first panel.
        var multi = new Multiplot();
        if (panels.Count > 0)
        {
            multi.Reset(panels[0]);
        }

        foreach (var p in panels.Skip(1))
        {
            multi.AddPlot(p);
        }

        multi.Layout = new ScottPlot.MultiplotLayouts.Rows();
        var height = panelHeight * Math.Max(1, panels.Count);
        try
        {
            if (kind == ChartKind.Svg)
            {
                File.WriteAllText(temp, StackSvg(panels, panelWidth, panelHeight));
            }
            else
            {
                multi.SavePng(temp, panelWidth, height);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The message names the chart, not the temporary file.
            throw new IOException($"could not write {path}: {ex.Message.Replace(temp, full, StringComparison.Ordinal)}", ex);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static string StackSvg(IReadOnlyList<Plot> panels, int width, int panelHeight)
    {
        // Each panel is a complete <svg> document; nesting them with a y offset stacks them in one valid SVG.
        var sb = new System.Text.StringBuilder();
        var height = panelHeight * Math.Max(1, panels.Count);
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n");
        for (var i = 0; i < panels.Count; i++)
        {
            var inner = panels[i].GetSvgXml(width, panelHeight);
            var start = inner.IndexOf("<svg", StringComparison.Ordinal);
            inner = start >= 0 ? inner[start..] : inner;
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<g transform=\"translate(0,{i * panelHeight})\">\n");
            sb.Append(inner);
            sb.Append("\n</g>\n");
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>Adds a plain line (width 1.5, no markers) of <paramref name="ys"/> against <paramref name="xs"/> with a legend label.</summary>
    /// <param name="plot">The panel.</param>
    /// <param name="xs">The x values, e.g. ticks.</param>
    /// <param name="ys">The y values, as many as <paramref name="xs"/>.</param>
    /// <param name="label">The legend text.</param>
    /// <param name="color">The line colour.</param>
    internal static void AddLine(Plot plot, double[] xs, double[] ys, string label, Color color)
    {
        var line = plot.Add.Scatter(xs, ys, color);
        line.LegendText = label;
        line.LineWidth = 1.5f;
        line.MarkerSize = 0;
    }
}
