using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Runs;

namespace Statecraft.Cli.Rendering;

/// <summary>The terminal view of a forecast: one row per issue, then the rounds and moves of dynamic models.</summary>
internal static class ForecastTable
{
    private const int MaxMovesPerRound = 12;

    public static void Render(IAnsiConsole console, LoadedScenario loaded, Forecast forecast)
    {
        var scenario = loaded.Scenario;
        console.MarkupLine($"[bold]{Markup.Escape(scenario.Metadata.Title)}[/]  [dim]({Markup.Escape(loaded.Name)}, model {Markup.Escape(forecast.Model)})[/]");
        console.MarkupLine("[dim]Scenario exploration, not a prediction: the output follows from the scenario's assumptions.[/]");

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Issue");
        table.AddColumn(new TableColumn("Forecast").RightAligned());
        table.AddColumn(new TableColumn("Scale").Centered());
        table.AddColumn("Meaning on the scale");
        table.AddColumn("Pulled up most by");
        table.AddColumn("Pulled down most by");
        foreach (var f in forecast.Issues)
        {
            var issue = scenario.FindIssue(f.IssueId)!;
            var value = f.Value is { } v ? $"[bold]{Num(v)}[/]" : "[yellow]undefined[/]";
            var meaning = f.Value is { } x ? issue.Scale.Describe(x) : string.Join("; ", f.Notes);
            table.AddRow(
                new Markup(Markup.Escape(issue.Name)),
                new Markup(value),
                new Markup($"[dim]{Num(issue.Scale.Min)}–{Num(issue.Scale.Max)}[/]"),
                new Markup(Markup.Escape(meaning)),
                new Markup(Pulls(f.Pulls.Where(p => p.Value > 0))),
                new Markup(Pulls(f.Pulls.Where(p => p.Value < 0))));
        }

        console.Write(table);
        if (forecast.Issues.FirstOrDefault() is { } first && !string.IsNullOrEmpty(first.Basis))
        {
            console.MarkupLine($"[dim]Forecast = {Markup.Escape(first.Basis)}.[/]");
        }

        foreach (var f in forecast.Issues.Where(f => f.Rounds.Length > 1))
        {
            RenderRounds(console, scenario.FindIssue(f.IssueId)!, f);
        }

        foreach (var note in forecast.Notes.Concat(forecast.Issues.Where(f => f.Value is not null).SelectMany(f => f.Notes.Select(n => $"{f.IssueId}: {n}"))))
        {
            console.MarkupLine($"[dim]note: {Markup.Escape(note)}[/]");
        }
    }

    private static void RenderRounds(IAnsiConsole console, Issue issue, IssueForecast f)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(issue.Name)}[/]: rounds");
        table.AddColumn(new TableColumn("Round").RightAligned());
        table.AddColumn(new TableColumn("Median").RightAligned());
        table.AddColumn(new TableColumn("Mean").RightAligned());
        table.AddColumn("Moves (actor → new position: kind, partner)");
        var byRound = f.Events.GroupBy(e => e.Round).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var r in f.Rounds)
        {
            var moves = byRound.TryGetValue(r.Round, out var list) ? list : [];
            var shown = moves.Take(MaxMovesPerRound).Select(e =>
                $"{e.ActorId} → {Num(e.To)}: {e.Kind}{(e.PartnerId is null ? string.Empty : " with " + e.PartnerId)}");
            var text = string.Join("\n", shown);
            if (moves.Count > MaxMovesPerRound)
            {
                text += $"\n… and {moves.Count - MaxMovesPerRound} more (see --format json)";
            }

            table.AddRow(
                r.Round.ToString(CultureInfo.InvariantCulture),
                Num(r.Median),
                Num(r.Mean),
                Markup.Escape(text));
        }

        console.Write(table);
    }

    private static string Pulls(IEnumerable<ActorValue> pulls) =>
        Markup.Escape(string.Join(", ", pulls.Take(3).Select(p => p.ActorId)));

    internal static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
