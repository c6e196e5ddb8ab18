using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Model.Forecasting;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft models</c>: lists the models and every option with its default and allowed values.</summary>
internal sealed class ModelsCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var model in ModelCatalog.All)
        {
            var isDefault = model.Name == ModelCatalog.DefaultName ? " [dim](default)[/]" : string.Empty;
            console.MarkupLine($"[bold]{Markup.Escape(model.Name)}[/]{isDefault}: {Markup.Escape(model.Summary)}");
            if (model.Options.Count == 0)
            {
                continue;
            }

            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Option");
            table.AddColumn("Default");
            table.AddColumn("Allowed");
            table.AddColumn("What it does");
            foreach (var o in model.Options)
            {
                table.AddRow(Markup.Escape(o.Name), Markup.Escape(o.Default), Markup.Escape(o.Allowed), Markup.Escape(o.Description));
            }

            console.Write(table);
        }

        console.MarkupLine("[dim]Set options with --set NAME=VALUE, --preset NAME, --rounds N, or in the scenario file under models:.[/]");
        return ExitCodes.Ok;
    }
}
