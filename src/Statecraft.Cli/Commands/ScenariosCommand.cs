using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Scenarios;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft scenarios</c>: lists the bundled scenarios with a one-line description.</summary>
internal sealed class ScenariosCommand(IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Name");
        table.AddColumn("Description");
        foreach (var name in BundledScenarios.Names)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(BundledScenarios.Describe(name)));
        }

        console.Write(table);
        console.MarkupLine($"[dim]Run one with: statecraft forecast NAME (default: {ScenarioResolver.DefaultScenario}).[/]");
        return ExitCodes.Ok;
    }
}
