using Spectre.Console;
using Statecraft.Cli.Infrastructure;
using Statecraft.Cli.Rendering;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft unrest --sweep</c>: runs Model I over seeds × a parameter grid, in one process or as one shard, and shows or writes one summary row per run; also the output of <c>statecraft merge</c> for a sweep's shards.</summary>
internal static class UnrestSweepOutput
{
    public static int Execute(IAnsiConsole console, UnrestCommandSettings settings, ModelSettings parameters, string source, CancellationToken cancellation)
    {
        var flags = settings.WithFlags(ModelSettings.Empty, ("preset", settings.Preset), ("run", settings.Run), ("legitimacy-law", settings.LegitimacyLaw));
        var request = UnrestSweepRequest.Create(source, parameters, settings.Ticks, settings.Sweep!, settings.Grid);
        if (request.Grid.FirstOrDefault(a => flags.Has(a.Name)) is { } twice)
        {
            throw new UserInputException($"--grid {twice.Name}: {twice.Name} is also set by another option of this command (its own flag or --set); give it in one place.");
        }

        var sweep = UnrestSweepRunner.Plan(request);
        var threads = settings.Threads ?? Environment.ProcessorCount;
        if (settings.Shard is { } shardText)
        {
            var (shard, shards) = ShardOption.Parse(shardText, Environment.GetEnvironmentVariable);
            var (path, header) = ProgressDisplay.Run(console, "Unrest sweep", UnrestSweepRunner.IsLong(sweep), p => UnrestSweepRunner.RunShard(request, sweep, shard, shards, settings.ShardOut!, threads, p, cancellation));
            ShardOption.ReportWritten(console, header, path);
            return ExitCodes.Ok;
        }

        var rows = ProgressDisplay.Run(console, "Unrest sweep", UnrestSweepRunner.IsLong(sweep), p => UnrestSweepRunner.Run(sweep, ShardRange.All(sweep.Runs), threads, p, cancellation));
        return Present(console, request, rows, settings.Format, settings.Out);
    }

    /// <summary>Shows the rows as a table, or writes them as CSV, to the terminal or to <paramref name="outFile"/>.</summary>
    public static int Present(IAnsiConsole console, UnrestSweepRequest request, double[] rows, string format, string? outFile)
    {
        var text = format.Equals("csv", StringComparison.OrdinalIgnoreCase) ? UnrestSweepCsv.Write(request, rows) : null;
        CommandOutput.Write(console, text, outFile, c => UnrestSweepTable.Render(c, request, rows));
        CommandOutput.ReportWritten(console, outFile);
        return ExitCodes.Ok;
    }
}
