using System.Globalization;
using System.Text;

namespace Statecraft.Reports.Briefs;

/// <summary>A small inline SVG canvas: a plot area with linear axes, and the shapes the brief's charts draw.</summary>
/// <remarks>The markup is XML (every element closed, attributes quoted) without a namespace declaration, as HTML5 inline SVG allows, so the page names no URL. Not thread-safe.</remarks>
internal sealed class SvgChart
{
    private const double Right = 16;
    private const double Top = 12;
    private const double Bottom = 36;

    private readonly StringBuilder _sb = new();
    private readonly double _width;
    private readonly double _height;
    private readonly double _left;
    private double _xMin;
    private double _xMax = 1;
    private double _yMin;
    private double _yMax = 1;

    public SvgChart(string id, string title, string description, double width = 560, double height = 240, double left = 56)
    {
        _left = left;
        _width = width;
        _height = height;
        _sb.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n");
        _sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Html.Escape(title)}</title>\n<desc id=\"{id}-d\">{Html.Escape(description)}</desc>\n");
        _sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\" />\n");
    }

    public double PlotLeft => _left;

    public double PlotRight => _width - Right;

    public static double PlotTop => Top;

    public double PlotBottom => _height - Bottom;

    public void Scale(double xMin, double xMax, double yMin, double yMax)
    {
        (_xMin, _xMax) = xMax > xMin ? (xMin, xMax) : (xMin - 1, xMin + 1);
        (_yMin, _yMax) = yMax > yMin ? (yMin, yMax) : (yMin - 1, yMin + 1);
    }

    public double X(double v) => _left + ((v - _xMin) / (_xMax - _xMin) * (_width - _left - Right));

    public double Y(double v) => _height - Bottom - ((v - _yMin) / (_yMax - _yMin) * (_height - Top - Bottom));

    public void XAxis(IEnumerable<double> ticks, Func<double, string> format, string label)
    {
        Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, "#333333", 1);
        foreach (var t in ticks)
        {
            Line(X(t), PlotBottom, X(t), PlotBottom + 4, "#333333", 1);
            Text(X(t), PlotBottom + 16, format(t), "middle", 11);
        }

        Text((PlotLeft + PlotRight) / 2, _height - 4, label, "middle", 11);
    }

    public void YAxis(IEnumerable<double> ticks, Func<double, string> format, string label)
    {
        Line(PlotLeft, PlotTop, PlotLeft, PlotBottom, "#333333", 1);
        foreach (var t in ticks)
        {
            Line(PlotLeft - 4, Y(t), PlotLeft, Y(t), "#333333", 1);
            Line(PlotLeft, Y(t), PlotRight, Y(t), "#e6e6e6", 1);
            Text(PlotLeft - 6, Y(t) + 4, format(t), "end", 11);
        }

        _sb.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{F((PlotTop + PlotBottom) / 2)}\" font-size=\"11\" fill=\"#1a1a1a\" text-anchor=\"middle\" transform=\"rotate(-90 12 {F((PlotTop + PlotBottom) / 2)})\">{Html.Escape(label)}</text>\n");
    }

    public void Rect(double x, double y, double width, double height, string fill) =>
        _sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(Math.Max(0, width))}\" height=\"{F(Math.Max(0, height))}\" fill=\"{fill}\" />\n");

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width, bool dashed = false) =>
        _sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{stroke}\" stroke-width=\"{F(width)}\"{(dashed ? " stroke-dasharray=\"4 3\"" : string.Empty)} />\n");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width) =>
        _sb.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", points.Select(p => $"{F(X(p.X))},{F(Y(p.Y))}"))}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{F(width)}\" />\n");

    public void Circle(double cx, double cy, double r, string fill, string stroke) =>
        _sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(cx)}\" cy=\"{F(cy)}\" r=\"{F(r)}\" fill=\"{fill}\" fill-opacity=\"0.55\" stroke=\"{stroke}\" stroke-width=\"1\" />\n");

    public void Text(double x, double y, string text, string anchor, double size, string fill = "#1a1a1a") =>
        _sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y)}\" font-size=\"{F(size)}\" fill=\"{fill}\" text-anchor=\"{anchor}\">{Html.Escape(text)}</text>\n");

    public override string ToString() => _sb + "</svg>\n";

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
