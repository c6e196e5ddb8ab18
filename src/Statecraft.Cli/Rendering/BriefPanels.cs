using Spectre.Console;
using Statecraft.Assessment;

namespace Statecraft.Cli.Rendering;

/// <summary>Draws a brief as terminal panels: the opening, one panel per issue, the two fronts and the limits.</summary>
internal static class BriefPanels
{
    public static void Render(IAnsiConsole console, Brief brief)
    {
        console.MarkupLine($"[bold]{Markup.Escape(brief.Title)}[/]");
        console.MarkupLine("[dim]Scenario exploration, not a prediction: every sentence follows from the scenario's assumptions.[/]");
        console.WriteLine();
        console.WriteLine(string.Join(" ", brief.Opening.Select(s => s.Text)));
        console.WriteLine();
        foreach (var issue in brief.Issues)
        {
            Panel(console, issue.Name, issue.Sentences);
        }

        if (!brief.TwoFronts.IsEmpty)
        {
            Panel(console, "The two fronts", brief.TwoFronts);
        }

        Panel(console, "Limits", brief.Limits);
    }

    private static void Panel(IAnsiConsole console, string header, IEnumerable<BriefSentence> sentences)
    {
        var rows = new List<Markup>();
        foreach (var (paragraph, list) in BriefParagraphs.Split(sentences))
        {
            if (rows.Count > 0)
            {
                rows.Add(new Markup(" "));
            }

            if (paragraph == BriefParagraphs.WhatIf)
            {
                rows.AddRange(list.Select(s => new Markup("• " + Markup.Escape(s.Text))));
            }
            else
            {
                var text = Markup.Escape(string.Join(" ", list.Select(s => s.Text)));
                rows.Add(new Markup(paragraph == "headline" ? $"[bold]{text}[/]" : text));
            }
        }

        console.Write(new Panel(new Rows(rows)).Header(Markup.Escape(header)).Border(BoxBorder.Rounded).Expand());
    }
}
