using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Reports.Briefs;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft assess [SCENARIO]</c>: runs every applicable model, a Monte Carlo, sensitivity, shocks and the two fronts, and writes a plain-language brief.</summary>
internal sealed class AssessCommand(IAnsiConsole console) : Command<AssessSettings>
{
    public override int Execute(CommandContext context, AssessSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Scenario, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var assessed = ProgressDisplay.Run(console, "Assessment", true, progress =>
            AssessmentRunner.Run(loaded, settings.Model, settings.Runs, settings.Seed, settings.Threads ?? Environment.ProcessorCount, progress, cancellationToken));
        var text = settings.Format.ToLowerInvariant() switch
        {
            "json" => BriefJsonWriter.Write(assessed.Brief, assessed.Manifest),
            "markdown" => BriefMarkdownWriter.Write(assessed.Brief),
            "html" => BriefHtmlWriter.Write(assessed.Brief, assessed.Results),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => BriefPanels.Render(c, assessed.Brief), fileWidth: 80);
        CommandOutput.ReportWritten(console, settings.Out);
        return ExitCodes.Ok;
    }
}
