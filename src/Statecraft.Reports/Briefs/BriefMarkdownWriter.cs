using System.Text;
using Statecraft.Assessment;

namespace Statecraft.Reports.Briefs;

/// <summary>Writes a brief as Markdown: a title, the opening, a section per issue, the two fronts and the limits.</summary>
/// <remarks>Each issue's headline is bold and its "if …, then …" sentences form a list. Stateless and thread-safe.</remarks>
public static class BriefMarkdownWriter
{
    /// <summary>Writes the brief.</summary>
    /// <param name="brief">The brief.</param>
    /// <returns>The Markdown text, <c>\n</c> line ends, ending with a newline.</returns>
    public static string Write(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var sb = new StringBuilder();
        sb.Append("# ").Append(brief.Title).Append("\n\n");
        sb.Append("*Scenario exploration, not a prediction: every sentence follows from the scenario's assumptions.*\n\n");
        Paragraphs(sb, brief.Opening);
        foreach (var issue in brief.Issues)
        {
            sb.Append("## ").Append(issue.Name).Append("\n\n");
            Paragraphs(sb, issue.Sentences);
        }

        if (!brief.TwoFronts.IsEmpty)
        {
            sb.Append("## The two fronts\n\n");
            Paragraphs(sb, brief.TwoFronts);
        }

        sb.Append("## Limits\n\n");
        Paragraphs(sb, brief.Limits);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Paragraphs(StringBuilder sb, IEnumerable<BriefSentence> sentences)
    {
        foreach (var (paragraph, list) in BriefParagraphs.Split(sentences))
        {
            if (paragraph == BriefParagraphs.WhatIf)
            {
                foreach (var s in list)
                {
                    sb.Append("- ").Append(s.Text).Append('\n');
                }
            }
            else if (paragraph == "headline")
            {
                sb.Append("**").Append(string.Join(" ", list.Select(s => s.Text))).Append("**\n");
            }
            else
            {
                sb.Append(string.Join(" ", list.Select(s => s.Text))).Append('\n');
            }

            sb.Append('\n');
        }
    }
}
