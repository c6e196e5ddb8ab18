using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft models</c>: lists the models and every option with its default and allowed values.</summary>
/// <remarks>First the forecast models (<c>forecast</c>, <c>backtest</c>, <c>sensitivity</c>, <c>simulate</c>), then the
/// unrest models of <c>statecraft unrest</c> and the coupling of <c>statecraft simulate</c>.</remarks>
internal sealed class ModelsCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var model in ModelCatalog.All)
        {
            var isDefault = model.Name == ModelCatalog.DefaultName ? " [dim](default)[/]" : string.Empty;
            console.MarkupLine($"[bold]{Markup.Escape(model.Name)}[/]{isDefault}: {Markup.Escape(model.Summary)}");
            WriteOptions(model.Options);
        }

        console.MarkupLine("[dim]Set options with --set NAME=VALUE, --preset NAME, --rounds N, or in the scenario file under models:.[/]");
        console.WriteLine();
        console.MarkupLine("[bold]unrest[/] (statecraft unrest): Epstein's civil-violence Model I, rebellion against a central authority (Epstein 2002; docs/reference/unrest.md §5).");
        WriteOptions(UnrestSettings.Options);
        console.MarkupLine("[bold]unrest --model ii[/]: Epstein's Model II, violence between two ethnic groups (Epstein 2002; docs/reference/unrest.md §5.13).");
        WriteOptions(InterEthnicSettings.Options);
        console.MarkupLine("[dim]Set unrest options with --set NAME=VALUE (or the named flags of statecraft unrest --help), or in the scenario file under arena: unrest:.[/]");
        console.WriteLine();
        console.MarkupLine("[bold]two fronts[/] (statecraft simulate): a forecast model coupled with the scenario's domestic arena, and war exhaustion (docs/reference/two-fronts.md §6).");
        WriteOptions(TwoFrontOptions.Options);
        console.MarkupLine("[dim]Set coupling options in the scenario file under arena: coupling: (the rounds also with statecraft simulate --rounds N).[/]");
        return ExitCodes.Ok;
    }

    private void WriteOptions(IReadOnlyList<ModelOption> options)
    {
        if (options.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Option");
        table.AddColumn("Default");
        table.AddColumn("Allowed");
        table.AddColumn("What it does");
        foreach (var o in options.Select(o => o.Info))
        {
            table.AddRow(Markup.Escape(o.Name), Markup.Escape(o.Default), Markup.Escape(o.Allowed), Markup.Escape(o.Description));
        }

        console.Write(table);
    }
}
