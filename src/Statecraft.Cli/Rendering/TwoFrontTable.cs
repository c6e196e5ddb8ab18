using System.Globalization;
using Spectre.Console;
using Statecraft.Model.TwoFronts;
using Statecraft.Runs;

namespace Statecraft.Cli.Rendering;

/// <summary>Renders a two-front run: per round the issue forecasts, the regime's capability and saliences, legitimacy and unrest; then the events.</summary>
/// <remarks>The two fronts are two tables, so that each fits a terminal of 80 columns for a scenario of five issues.</remarks>
internal static class TwoFrontTable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

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

        console.Write(ExternalFront(result));
        console.WriteLine();
        console.Write(InternalFront(scenario, result));
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

    // Round × issue forecasts; a settled armed issue gets a check mark.
    private static Table ExternalFront(TwoFrontResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("External front: forecast per issue").AddColumn(new TableColumn("round").RightAligned());
        foreach (var id in result.Rounds.IsEmpty ? [] : result.Rounds[0].Issues.Select(i => i.IssueId))
        {
            table.AddColumn(new TableColumn(Markup.Escape(IssueLabel.Breakable(id))).RightAligned());
        }

        foreach (var r in result.Rounds)
        {
            var cells = new List<string> { r.Round.ToString(Inv) };
            cells.AddRange(r.Issues.Select(i => (i.Forecast is { } v ? v.ToString("0.0", Inv) : "-") + (i.Settled ? " [green]✓[/]" : string.Empty)));
            table.AddRow(cells.ToArray());
        }

        return table.Caption("✓ an armed conflict settled (ceasefire)");
    }

    // The regime's side: capability, the salience of each survival issue, legitimacy and the arena's unrest at the round's end.
    private static Table InternalFront(Model.Domain.Scenario scenario, TwoFrontResult result)
    {
        var survival = scenario.Issues.Where(i => i.HasFlag("survival")).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var salienceColumns = result.Rounds.IsEmpty ? [] : result.Rounds[0].Issues.Where(i => survival.Contains(i.IssueId) && i.RegimeSalience is not null).Select(i => i.IssueId).ToArray();
        var table = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Internal front: the regime{(result.RegimeId is { } g ? " " + g : string.Empty)}"))
            .AddColumn(new TableColumn("round").RightAligned())
            .AddColumn(new TableColumn("capability").RightAligned());
        foreach (var id in salienceColumns)
        {
            table.AddColumn(new TableColumn(Markup.Escape("salience on\n" + id)).RightAligned());
        }

        table.AddColumn(new TableColumn("legitimacy").RightAligned())
            .AddColumn(new TableColumn("active").RightAligned())
            .AddColumn(new TableColumn("jailed").RightAligned());
        foreach (var r in result.Rounds)
        {
            var cells = new List<string> { r.Round.ToString(Inv), r.RegimeCapability is { } c ? c.ToString("0.00", Inv) : "-" };
            foreach (var id in salienceColumns)
            {
                var s = r.Issues.FirstOrDefault(i => i.IssueId == id)?.RegimeSalience;
                cells.Add(s is { } v ? v.ToString("0.000", Inv) : "-");
            }

            var last = r.LastTick;
            cells.Add(r.Legitimacy is { } l ? l.ToString("0.0000", Inv) : "-");
            cells.Add(last is { } t && t.Agents > 0 ? string.Create(Inv, $"{t.Active} ({(double)t.Active / t.Agents:0.0%})") : "-");
            cells.Add(last is { } j ? j.Jailed.ToString(Inv) : "-");
            table.AddRow(cells.ToArray());
        }

        return table.Caption("unrest at the round's last arena tick");
    }
}
