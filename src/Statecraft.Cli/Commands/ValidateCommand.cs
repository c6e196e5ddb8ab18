using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Scenarios;
using Statecraft.Scenarios.Validation;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft validate</c>.</summary>
internal sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("One or more scenario files in any supported format.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--input-format <NAME>")]
    [Description("Read the files in this format instead of detecting it.")]
    public string? InputFormat { get; init; }

    [CommandOption("--capability <CONVENTION>")]
    [Description("DEU files: capability convention.")]
    public string? Capability { get; init; }

    [CommandOption("--weights <FILE>")]
    [Description("DEU files: a Council weight table.")]
    public string? Weights { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Verbose { get; init; }
}

/// <summary><c>statecraft validate FILE...</c>: reports every problem in every file; exit code 2 if any has an error.</summary>
internal sealed class ValidateCommand(IAnsiConsole console) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var options = ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights);
        var failed = 0;
        foreach (var file in settings.Files)
        {
            var result = ScenarioLoader.Read(file, options);
            DiagnosticPrinter.Print(console, result.Diagnostics);
            if (result.IsValid)
            {
                var s = result.Scenario!;
                var warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                console.MarkupLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[green]ok[/] {Markup.Escape(file)}: {s.Actors.Length} actors, {s.Issues.Length} issues, {s.Stances.Length} stances{(warnings > 0 ? $", {warnings} warning(s)" : string.Empty)}"));
            }
            else
            {
                failed++;
                var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[red]invalid[/] {Markup.Escape(file)}: {errors} error(s)"));
            }
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
