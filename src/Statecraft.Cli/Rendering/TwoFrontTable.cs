using System.Globalization;
using Spectre.Console;
using Statecraft.Cli.Infrastructure;
using Statecraft.Model.TwoFronts;

namespace Statecraft.Cli.Rendering;

/// <summary>Renders a two-front run: per round the issue forecasts, the regime's capability and saliences, legitimacy and unrest; then the events.</summary>
internal static class TwoFrontTable
{
    public static void Render(IAnsiConsole console, LoadedScenario loaded, ulong seed, TwoFrontResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var scenario = loaded.Scenario;
        console.MarkupLine(Markup.Escape(string.Create(inv,
            $"{scenario.Metadata.Title} ({loaded.Name}): model {result.Model}, {result.Options.Rounds} rounds × {result.Options.TicksPerRound} ticks, seed {seed}")));
        console.MarkupLine(result.RegimeId is { } regime
            ? Markup.Escape(string.Create(inv, $"regime {regime}; α = {result.Options.Alpha:g4}, η = {result.Options.Eta:g4}, γ = {result.Options.Gamma:g4}, δ = {result.Options.Delta:g4}, σ = {result.Options.Sigma:g4}, ε = {result.Options.Epsilon:g4}"))
            : "[dim]no arena: the bargaining rounds run without a domestic front[/]");
        console.WriteLine();

        var issues = result.Rounds.IsEmpty ? [] : result.Rounds[0].Issues.Select(i => i.IssueId).ToArray();
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("round").RightAligned());
        foreach (var id in issues)
        {
            table.AddColumn(new TableColumn(Markup.Escape(id)).RightAligned());
        }

        table.AddColumn(new TableColumn("capability").RightAligned())
            .AddColumn(new TableColumn("legitimacy").RightAligned())
            .AddColumn(new TableColumn("active").RightAligned())
            .AddColumn(new TableColumn("jailed").RightAligned());
        foreach (var r in result.Rounds)
        {
            var cells = new List<string> { r.Round.ToString(inv) };
            foreach (var i in r.Issues)
            {
                var f = i.Forecast is { } v ? v.ToString("0.###", inv) : "-";
                var s = i.RegimeSalience is { } sal ? string.Create(inv, $" [dim]s={sal:0.###}[/]") : string.Empty;
                cells.Add(f + s + (i.Settled ? " [green]✓[/]" : string.Empty));
            }

            var last = r.LastTick;
            cells.Add(r.RegimeCapability is { } c ? c.ToString("0.###", inv) : "-");
            cells.Add(r.Legitimacy is { } l ? l.ToString("0.###", inv) : "-");
            cells.Add(last is { } t && t.Agents > 0 ? string.Create(inv, $"{t.Active} ({(double)t.Active / t.Agents:0.0%})") : "-");
            cells.Add(last is { } j ? j.Jailed.ToString(inv) : "-");
            table.AddRow(cells.ToArray());
        }

        table.Caption("issue cells: forecast, regime salience s, ✓ settled");
        console.Write(table);
        if (result.Events.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        var events = new Table().Border(TableBorder.Rounded).AddColumn("round").AddColumn("tick").AddColumn("event").AddColumn("subject").AddColumn("detail");
        foreach (var e in result.Events)
        {
            events.AddRow(e.Round.ToString(inv), e.Tick?.ToString(inv) ?? "-", Markup.Escape(e.Kind), Markup.Escape(e.Subject ?? "-"), Markup.Escape(e.Detail));
        }

        console.Write(events);
    }
}
