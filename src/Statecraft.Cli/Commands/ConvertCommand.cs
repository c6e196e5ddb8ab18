using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Scenarios;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft convert</c>.</summary>
internal sealed class ConvertSettings : ScenarioReadSettings
{
    [CommandArgument(0, "<IN>")]
    [Description("The scenario to convert: a file in any supported format, or a bundled scenario's name.")]
    public string In { get; init; } = string.Empty;

    [CommandArgument(1, "<OUT>")]
    [Description("The native YAML file to write (.yaml or .yml). Written atomically: an existing file is replaced only when the new one is complete.")]
    public string Out { get; init; } = string.Empty;

    public override ValidationResult Validate()
    {
        var ext = Path.GetExtension(Out).ToLowerInvariant();
        if (ext is not (".yaml" or ".yml"))
        {
            return ValidationResult.Error($"OUT {Out}: convert writes the native YAML format; name the file .yaml or .yml.");
        }

        return OptionChecks.OutputFiles(("OUT", Out)) is { } output ? ValidationResult.Error(output) : base.Validate();
    }
}

/// <summary><c>statecraft convert IN OUT</c>: reads any supported format and writes the native YAML format.</summary>
internal sealed class ConvertCommand(IAnsiConsole console) : Command<ConvertSettings>
{
    public override int Execute(CommandContext context, ConvertSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.In, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        NativeScenarioWriter.WriteFile(loaded.Scenario, settings.Out, [$"Converted by statecraft convert from {loaded.Name}."]);
        console.MarkupLine($"[green]wrote[/] {Markup.Escape(settings.Out)} ({loaded.Scenario.Actors.Length} actors, {loaded.Scenario.Issues.Length} issues)");
        return ExitCodes.Ok;
    }
}
