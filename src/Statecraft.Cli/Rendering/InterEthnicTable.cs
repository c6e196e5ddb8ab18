using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.InterEthnic;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Cli.Rendering;

/// <summary>Renders a Model II run: a summary (run, parameters, seed, outcome) and a sampled tick table of both groups.</summary>
internal static class InterEthnicTable
{
    /// <summary>At most this many tick rows are shown; every k-th tick is sampled to fit.</summary>
    public const int MaxRows = 40;

    public static void Render(IAnsiConsole console, string runName, ModelSettings parameters, InterEthnicRun run)
    {
        var o = run.Options;
        var inv = CultureInfo.InvariantCulture;
        var last = run.Ticks[^1];
        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow("[bold]model[/]", "II, inter-group violence (Epstein 2002)");
        summary.AddRow("[bold]run[/]", Markup.Escape(runName));
        summary.AddRow("[bold]parameters[/]", Markup.Escape(parameters.Values.IsEmpty
            ? "(run defaults)"
            : string.Join(", ", parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))));
        summary.AddRow("[bold]lattice[/]", string.Create(inv, $"{o.Width}×{o.Height}, agent density {o.AgentDensity:g4} ({o.BlueShare:g4} Blue), vision {o.AgentVision:g4}/{o.CopVision:g4}"));
        summary.AddRow("[bold]legitimacy[/]", string.Create(inv, $"Blue accords Green {o.BlueLegitimacy:g4}, Green accords Blue {o.GreenLegitimacy:g4}, threshold T = {o.Threshold:g4}, k = {o.K:g4}"));
        summary.AddRow("[bold]cops[/]", Markup.Escape(Cops(o)));
        summary.AddRow("[bold]population[/]", string.Create(inv, $"clone probability {o.CloneProbability:g4} per tick, death age uniform on 1–{o.MaxAge}, J_max = {(o.JailTerm == JailTermRule.Infinite ? "∞" : o.MaxJailTerm.ToString(inv))}"));
        summary.AddRow("[bold]seed[/]", run.Seed?.ToString(inv) ?? "-");
        summary.AddRow("[bold]outcome[/]", run.GenocideTick is { } tick
            ? string.Create(inv, $"genocide at tick {tick}: only {(run.Victor == EthnicGroup.Blue ? "Blue" : "Green")} survives")
            : string.Create(inv, $"both groups alive at tick {last.Tick} (Blue {last.Blue}, Green {last.Green})"));
        summary.AddRow("[bold]killed[/]", string.Create(inv, $"{run.TotalKilled} in {last.Tick} ticks"));
        console.Write(summary);
        console.WriteLine();

        var step = Math.Max(1, (run.Ticks.Length + MaxRows - 1) / MaxRows);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var name in new[] { "tick", "blue", "green", "active", "jailed", "killed", "births", "deaths", "cops", "mixed" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        table.Caption(UnrestTable.TickCaption(step, run.Ticks.Length - 1) + "; mixed = share of mixed-group neighbour pairs");
        for (var i = 0; i < run.Ticks.Length; i += step)
        {
            var t = run.Ticks[i];
            table.AddRow([.. new[] { t.Tick, t.Blue, t.Green, t.Active, t.Jailed, t.Killed, t.Births, t.Deaths, t.Cops }.Select(v => v.ToString(inv)), t.MixedShare.ToString("0.00", inv)]);
        }

        console.Write(table);
    }

    private static string Cops(InterEthnicOptions o)
    {
        if (o.CopDensity == 0)
        {
            return "none";
        }

        var inv = CultureInfo.InvariantCulture;
        var from = o.CopArrivalTick == 0 ? "from the start" : string.Create(inv, $"from tick {o.CopArrivalTick}");
        var until = o.CopWithdrawalTick is { } w ? string.Create(inv, $", withdrawn at tick {w}") : string.Empty;
        return string.Create(inv, $"density {o.CopDensity:g4} ({o.CopsAt(o.CopArrivalTick, o.Width * o.Height)} cops) {from}{until}, even-handed");
    }
}
