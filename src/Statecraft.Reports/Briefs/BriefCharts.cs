using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;

namespace Statecraft.Reports.Briefs;

/// <summary>The inline SVG charts of the HTML brief: outcome distribution, tornado, trajectories, stakeholder map and the two fronts.</summary>
internal static class BriefCharts
{
    private const string Bar = "#2b5c8a";
    private const string Accent = "#b03a2e";
    private const string Faint = "#9aa5b1";

    /// <summary>The number of charts an issue gets.</summary>
    public const int PerIssue = 4;

    public static string Distribution(string id, Issue issue, OutcomeDistribution d, string description)
    {
        var chart = new SvgChart(id, $"Outcome distribution: {issue.Name}", description);
        var top = d.Histogram.IsDefaultOrEmpty ? 0.1 : Math.Max(0.05, d.Histogram.Max(b => b.Share));
        chart.Scale(issue.Scale.Min, issue.Scale.Max, 0, top * 1.1);
        chart.YAxis(Ticks(0, top * 1.1, 4), v => Percent(v), "share of runs");
        foreach (var bin in d.Histogram)
        {
            var x0 = chart.X(bin.Lower);
            var x1 = chart.X(bin.Upper);
            chart.Rect(x0 + 1, chart.Y(bin.Share), x1 - x0 - 2, chart.PlotBottom - chart.Y(bin.Share), Bar);
        }

        foreach (var (value, name) in new[] { (d.P10, "10%"), (d.P50, "median"), (d.P90, "90%") })
        {
            if (value is { } v)
            {
                chart.Line(chart.X(v), SvgChart.PlotTop, chart.X(v), chart.PlotBottom, Accent, 1.5, dashed: true);
                chart.Text(chart.X(v) + 3, SvgChart.PlotTop + 10, name, "start", 10, Accent);
            }
        }

        ScaleAxis(chart, issue.Scale);
        return chart.ToString();
    }

    public static string Tornado(string id, Issue issue, IssueEffects effects, Scenario scenario, string lead, string description)
    {
        var shown = effects.Effects.Where(e => e.Swing is > 0).Take(6).ToList();
        var chart = new SvgChart(id, $"What moves the {lead} forecast most: {issue.Name}", description, height: 60 + (Math.Max(1, shown.Count) * 26), left: 150);
        chart.Scale(issue.Scale.Min, issue.Scale.Max, 0, Math.Max(1, shown.Count));
        for (var k = 0; k < shown.Count; k++)
        {
            var e = shown[k];
            var lo = Math.Min(e.LowForecast!.Value, e.HighForecast!.Value);
            var hi = Math.Max(e.LowForecast.Value, e.HighForecast.Value);
            var y = chart.Y(shown.Count - k) + 4;
            var height = chart.Y(0) - chart.Y(1) - 8;
            chart.Rect(chart.X(lo), y, Math.Max(2, chart.X(hi) - chart.X(lo)), height, Bar);
            var name = scenario.FindActor(e.Input.ActorId)?.Id ?? e.Input.ActorId;
            chart.Text(chart.PlotLeft - 4, y + (height / 2) + 4, $"{name} {Kind(e.Input.Kind)}", "end", 10);
        }

        if (effects.Baseline is { } b)
        {
            chart.Line(chart.X(b), SvgChart.PlotTop, chart.X(b), chart.PlotBottom, Accent, 1.5, dashed: true);
        }

        ScaleAxis(chart, issue.Scale);
        return chart.ToString();
    }

    public static string Trajectories(string id, Issue issue, IssueForecast? forecast, string lead, string description)
    {
        var chart = new SvgChart(id, $"Positions round by round under the {lead} model: {issue.Name}", description);
        var rounds = forecast?.Rounds ?? [];
        var last = rounds.IsDefaultOrEmpty ? 1 : Math.Max(1, rounds[^1].Round);
        chart.Scale(0, last, issue.Scale.Min, issue.Scale.Max);
        chart.YAxis(Ticks(issue.Scale.Min, issue.Scale.Max, 4), v => Num(v, issue.Scale), "position");
        chart.XAxis(Ticks(0, last, Math.Min(last, 10)).Select(v => Math.Round(v)).Distinct(), v => v.ToString("0", CultureInfo.InvariantCulture), "round");
        if (!rounds.IsDefaultOrEmpty)
        {
            var actors = rounds[0].Positions.Select(p => p.ActorId).ToList();
            foreach (var actor in actors)
            {
                chart.Polyline(rounds.Select(r => ((double)r.Round, r.Positions.FirstOrDefault(p => p.ActorId == actor).Value)), Faint, 1);
            }

            var useMean = forecast!.RoundForecast == SnapshotStatistic.Mean;
            chart.Polyline(rounds.Select(r => ((double)r.Round, useMean ? r.Mean : r.Median)), Accent, 2.5);
        }

        return chart.ToString();
    }

    public static string Stakeholders(string id, Issue issue, Scenario scenario, string description)
    {
        var chart = new SvgChart(id, $"Stakeholder map: {issue.Name}", description);
        chart.Scale(issue.Scale.Min, issue.Scale.Max, 0, 1.05);
        chart.YAxis([0, 0.25, 0.5, 0.75, 1], v => v.ToString("0.##", CultureInfo.InvariantCulture), "salience");
        var stances = scenario.Stances.Where(s => s.IssueId == issue.Id).ToList();
        var maxCap = Math.Max(1e-12, stances.Select(s => s.Capability ?? scenario.FindActor(s.ActorId)!.Capability).DefaultIfEmpty(1).Max());
        foreach (var s in stances)
        {
            var cap = s.Capability ?? scenario.FindActor(s.ActorId)!.Capability;
            var r = 4 + (14 * Math.Sqrt(cap / maxCap));
            chart.Circle(chart.X(s.Position), chart.Y(s.Salience), r, Bar, "#1a1a1a");
            chart.Text(chart.X(s.Position), chart.Y(s.Salience) - r - 2, s.ActorId, "middle", 10);
        }

        ScaleAxis(chart, issue.Scale);
        return chart.ToString();
    }

    public static string TwoFronts(string id, TwoFrontResult result, string description)
    {
        var chart = new SvgChart(id, "The two fronts round by round: legitimacy and unrest at home", description);
        var last = Math.Max(1, result.Rounds[^1].Round);
        chart.Scale(0, last, 0, 1);
        chart.YAxis([0, 0.25, 0.5, 0.75, 1], v => v.ToString("0.##", CultureInfo.InvariantCulture), "share");
        chart.XAxis(Ticks(0, last, Math.Min(last, 10)).Select(v => Math.Round(v)).Distinct(), v => v.ToString("0", CultureInfo.InvariantCulture), "round");
        chart.Polyline(result.Rounds.Where(r => r.Legitimacy is not null).Select(r => ((double)r.Round, r.Legitimacy!.Value)), Bar, 2.5);
        chart.Polyline(result.Rounds.Select(r => ((double)r.Round, r.Ticks.IsDefaultOrEmpty ? 0 : r.Ticks.Max(t => t.Agents > 0 ? (double)t.Active / t.Agents : 0))), Accent, 2.5);
        chart.Text(chart.PlotRight, SvgChart.PlotTop + 10, "legitimacy (blue), largest active share in the round (red)", "end", 10);
        return chart.ToString();
    }

    private static void ScaleAxis(SvgChart chart, IssueScale scale)
    {
        var ticks = scale.Labels.IsEmpty ? Ticks(scale.Min, scale.Max, 4) : scale.Labels.Select(l => l.Value).Append(scale.Min).Append(scale.Max).Distinct().Order();
        chart.XAxis(ticks, v => Num(v, scale), "position on the issue's scale (labelled points marked)");
    }

    private static IEnumerable<double> Ticks(double min, double max, int count) =>
        Enumerable.Range(0, count + 1).Select(k => min + ((max - min) * k / count));

    private static string Num(double v, IssueScale scale) =>
        Math.Round(v, Math.Clamp(1 - (int)Math.Floor(Math.Log10(scale.Range / 10)), 0, 4)).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Kind(InputKind kind) => kind switch
    {
        InputKind.Position => "position",
        InputKind.Salience => "salience",
        _ => "capability",
    };
}
