using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Assessment;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Forecasting;
using Statecraft.Reports;
using Statecraft.Reports.Briefs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft assess [SCENARIO]</c>: runs every applicable model, a Monte Carlo, sensitivity, shocks and the two fronts, and writes a plain-language brief.</summary>
internal sealed class AssessCommand(IAnsiConsole console) : Command<AssessSettings>
{
    public override int Execute(CommandContext context, AssessSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioResolver.Resolve(settings.Scenario, ScenarioResolver.ReadOptions(settings.InputFormat, settings.Capability, settings.Weights));
        var lead = ModelResolver.Resolve(settings.Model);
        var seed = settings.Seed ?? loaded.Scenario.Seed ?? 42UL;
        var options = new AssessmentOptions { LeadModel = lead.Name, Runs = settings.Runs };
        var results = ProgressDisplay.Run(console, "Assessment", true, progress =>
            Assessor.Run(loaded.Scenario, options, new ModelRunContext(seed)
            {
                MaxDegreeOfParallelism = settings.Threads ?? Environment.ProcessorCount,
                Progress = progress,
                Cancellation = cancellationToken,
            }));
        var brief = BriefComposer.Compose(results, loaded.Name, TrackRecord.Deu2);
        var text = settings.Format.ToLowerInvariant() switch
        {
            "json" => BriefJsonWriter.Write(brief, new RunManifest(loaded.Name, loaded.Hash, RunManifest.CurrentToolVersion)),
            "markdown" => BriefMarkdownWriter.Write(brief),
            _ => null,
        };

        CommandOutput.Write(console, text, settings.Out, c => BriefPanels.Render(c, brief), fileWidth: 80);
        CommandOutput.ReportWritten(console, settings.Out);
        return ExitCodes.Ok;
    }
}
