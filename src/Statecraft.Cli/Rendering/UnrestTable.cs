using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Cli.Rendering;

/// <summary>Renders an unrest run: a summary (source, preset, parameters, seed, outbursts, peak) and a sampled tick table.</summary>
internal static class UnrestTable
{
    /// <summary>At most this many tick rows are shown; every k-th tick is sampled to fit.</summary>
    public const int MaxRows = 40;

    public static void Render(IAnsiConsole console, string source, string preset, ModelSettings parameters, UnrestRun run)
    {
        var o = run.Options;
        var bursts = run.Outbursts();
        var peak = run.Ticks.IsEmpty ? default : run.Ticks.MaxBy(t => t.Active);
        var inv = CultureInfo.InvariantCulture;
        var summary = new Grid().AddColumn().AddColumn();
        summary.AddRow("[bold]source[/]", Markup.Escape(source));
        summary.AddRow("[bold]preset[/]", Markup.Escape(preset));
        summary.AddRow("[bold]parameters[/]", Markup.Escape(parameters.Values.IsEmpty
            ? "(preset defaults)"
            : string.Join(", ", parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))));
        summary.AddRow("[bold]lattice[/]", string.Create(inv, $"{o.Width}×{o.Height}, agent density {o.AgentDensity:g4}, cop density {o.CopDensity:g4}, vision {o.AgentVision:g4}/{o.CopVision:g4}"));
        summary.AddRow("[bold]legitimacy[/]", Markup.Escape(string.Create(inv, $"L₀ = {o.Legitimacy:g4}, law {o.LegitimacyLaw.Name}, threshold T = {o.Threshold:g4}, k = {o.K:g4}")));
        summary.AddRow("[bold]jail[/]", string.Create(inv, $"J_max = {(o.JailTerm == JailTermRule.Infinite ? "∞" : o.MaxJailTerm.ToString(inv))}"));
        summary.AddRow("[bold]seed[/]", run.Seed?.ToString(inv) ?? "-");
        summary.AddRow("[bold]outbursts[/]", string.Create(inv, $"{bursts.Length} (ticks with more than {o.OutburstThreshold} active)"));
        summary.AddRow("[bold]peak[/]", string.Create(inv, $"{peak.Active} active at tick {peak.Tick}"));
        console.Write(summary);
        console.WriteLine();

        var step = Math.Max(1, (run.Ticks.Length + MaxRows - 1) / MaxRows);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("tick").RightAligned())
            .AddColumn(new TableColumn("quiet").RightAligned())
            .AddColumn(new TableColumn("active").RightAligned())
            .AddColumn(new TableColumn("jailed").RightAligned())
            .AddColumn(new TableColumn("legitimacy").RightAligned());
        table.Caption(TickCaption(step, run.Ticks.Length - 1));
        for (var i = 0; i < run.Ticks.Length; i += step)
        {
            var t = run.Ticks[i];
            table.AddRow(t.Tick.ToString(inv), t.Quiet.ToString(inv), t.Active.ToString(inv), t.Jailed.ToString(inv), t.Legitimacy.ToString("0.0000", inv));
        }

        console.Write(table);
    }

    /// <summary>The caption of a tick table that shows every <paramref name="step"/>-th tick of ticks 0 … <paramref name="last"/>.</summary>
    internal static string TickCaption(int step, int last) => step == 1
        ? string.Create(CultureInfo.InvariantCulture, $"every tick from 0 to {last}")
        : string.Create(CultureInfo.InvariantCulture, $"every {step} ticks from 0 to {last}");
}
