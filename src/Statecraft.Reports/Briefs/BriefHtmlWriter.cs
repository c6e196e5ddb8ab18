using System.Text;
using Statecraft.Assessment;

namespace Statecraft.Reports.Briefs;

/// <summary>Writes a brief as one self-contained HTML page with inline SVG charts, readable offline and printable.</summary>
/// <remarks>
/// <para>Per issue: the sentences, then four charts (outcome distribution, tornado of the largest one-at-a-time swings,
/// positions round by round under the lead model, stakeholder map); with a domestic arena, one more chart of the two
/// fronts. The page loads nothing: styles are inline, charts are inline SVG without namespace URLs, links are in-page
/// anchors. Accessibility: one <c>h1</c>, an <c>h2</c> per section, every chart an <c>img</c> role with a title and a
/// description taken from the brief's own sentences, text contrast of at least 7:1. A print stylesheet hides the
/// contents list and keeps charts whole on a page.</para>
/// <para>The markup is also well-formed XML. Stateless and thread-safe.</para>
/// </remarks>
public static class BriefHtmlWriter
{
    private const string Css = """
        body { margin: 0; background: #ffffff; color: #1a1a1a; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.25rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #c8c8c8; }
        .caveat { color: #333333; font-style: italic; }
        .headline { font-weight: 600; }
        nav ol { padding-left: 1.25rem; }
        a { color: #1f4e79; }
        figure { margin: 1rem 0; }
        figcaption { font-size: 0.875rem; color: #333333; }
        svg { max-width: 100%; height: auto; }
        footer { margin-top: 2rem; font-size: 0.875rem; color: #333333; }
        @media print {
          nav { display: none; }
          main { max-width: none; padding: 0; }
          body { font-size: 11pt; }
          h2 { break-after: avoid; }
          figure { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="brief">The brief.</param>
    /// <param name="results">The results the brief was composed from (for the charts).</param>
    /// <returns>The HTML text, <c>\n</c> line ends.</returns>
    public static string Write(Brief brief, AssessmentResults results)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(results);
        var scenario = results.Scenario;
        var lead = results.MonteCarlo.Model;
        var leadForecast = results.Models.FirstOrDefault(m => m.Model == lead)?.Forecast;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        sb.Append("<title>").Append(Html.Escape(brief.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<h1>").Append(Html.Escape(brief.Title)).Append("</h1>\n");
        sb.Append("<p class=\"caveat\">Scenario exploration, not a prediction: every sentence follows from the scenario's assumptions.</p>\n");
        Paragraphs(sb, brief.Opening);

        sb.Append("<nav aria-label=\"Contents\">\n<ol>\n");
        foreach (var issue in brief.Issues)
        {
            sb.Append("<li><a href=\"#issue-").Append(Html.Escape(issue.IssueId)).Append("\">").Append(Html.Escape(issue.Name)).Append("</a></li>\n");
        }

        if (!brief.TwoFronts.IsEmpty)
        {
            sb.Append("<li><a href=\"#two-fronts\">The two fronts</a></li>\n");
        }

        sb.Append("<li><a href=\"#limits\">Limits</a></li>\n</ol>\n</nav>\n");

        for (var d = 0; d < brief.Issues.Length; d++)
        {
            var section = brief.Issues[d];
            var issue = scenario.Issues[d];
            var id = "issue-" + issue.Id;
            sb.Append("<section id=\"").Append(Html.Escape(id)).Append("\">\n<h2>").Append(Html.Escape(section.Name)).Append("</h2>\n");
            Paragraphs(sb, section.Sentences);
            string Text(params string[] topics) => string.Join(" ", section.Sentences.Where(s => topics.Contains(s.Topic)).Select(s => s.Text));
            var chartId = "c" + d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Figure(sb, BriefCharts.Distribution(chartId + "-dist", issue, results.MonteCarlo.Issues[d], Text("headline", "interval", "shape")),
                "Outcome distribution over the Monte Carlo runs, with the 10th percentile, median and 90th percentile.");
            Figure(sb, BriefCharts.Tornado(chartId + "-tornado", issue, results.Sensitivity.Issues[d], scenario, lead, Or(Text("if-input"), "No input moves the forecast.")),
                "Inputs whose one-at-a-time change moves the forecast most: each bar spans the forecasts at the input's low and high values; the dashed line is the forecast.");
            Figure(sb, BriefCharts.Trajectories(chartId + "-rounds", issue, leadForecast?.For(issue.Id), lead, Or(Text("models"), "No forecast.")),
                "Every actor's position round by round (grey) and the model's forecast (red).");
            Figure(sb, BriefCharts.Stakeholders(chartId + "-map", issue, scenario, Or(Text("pull-up", "pull-down"), "No actor pulls the forecast.")),
                "Stakeholders: position against salience; the circle's area grows with capability.");
            sb.Append("</section>\n");
        }

        if (!brief.TwoFronts.IsEmpty && results.TwoFronts is { } fronts)
        {
            sb.Append("<section id=\"two-fronts\">\n<h2>The two fronts</h2>\n");
            Paragraphs(sb, brief.TwoFronts);
            Figure(sb, BriefCharts.TwoFronts("fronts", fronts, string.Join(" ", brief.TwoFronts.Where(s => s.Topic is "legitimacy" or "outbursts").Select(s => s.Text))),
                "Legitimacy at home (blue) and the largest share of active agents in each round (red).");
            sb.Append("</section>\n");
        }

        sb.Append("<section id=\"limits\">\n<h2>Limits</h2>\n");
        Paragraphs(sb, brief.Limits);
        sb.Append("</section>\n");
        sb.Append("<footer>Written by <code>statecraft assess</code> from the scenario <code>").Append(Html.Escape(brief.Scenario)).Append("</code>, seed ")
            .Append(brief.Seed).Append(". The page loads nothing from the network.</footer>\n");
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The number of charts the page for these results has.</summary>
    /// <param name="brief">The brief.</param>
    /// <param name="results">The results.</param>
    /// <returns>Four per issue, plus one for the two fronts.</returns>
    public static int ChartCount(Brief brief, AssessmentResults results)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(results);
        return (BriefCharts.PerIssue * brief.Issues.Length) + (!brief.TwoFronts.IsEmpty && results.TwoFronts is not null ? 1 : 0);
    }

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;

    private static void Figure(StringBuilder sb, string svg, string caption) =>
        sb.Append("<figure>\n").Append(svg).Append("<figcaption>").Append(Html.Escape(caption)).Append("</figcaption>\n</figure>\n");

    private static void Paragraphs(StringBuilder sb, IEnumerable<BriefSentence> sentences)
    {
        foreach (var (paragraph, list) in BriefParagraphs.Split(sentences))
        {
            if (paragraph == BriefParagraphs.WhatIf)
            {
                sb.Append("<ul>\n");
                foreach (var s in list)
                {
                    sb.Append("<li>").Append(Html.Escape(s.Text)).Append("</li>\n");
                }

                sb.Append("</ul>\n");
            }
            else
            {
                sb.Append(paragraph == "headline" ? "<p class=\"headline\">" : "<p>").Append(Html.Escape(string.Join(" ", list.Select(s => s.Text)))).Append("</p>\n");
            }
        }
    }
}
