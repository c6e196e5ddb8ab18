using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Runs;
using Statecraft.Storage;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft merge DIR</c>: folds the shard files of a Monte Carlo or sensitivity run into the outputs the single-machine command writes, and records one run in the store; an unrest sweep's shards into its table or CSV.</summary>
internal sealed class MergeCommand(IAnsiConsole console) : Command<MergeSettings>
{
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        var (header, rows) = ShardSet.Read(settings.Folder);
        if (header.Request.Kind == RunKinds.UnrestSweep)
        {
            return MergeSweep(settings, header, rows);
        }

        var (loaded, request, run) = ShardRunner.Merge(header, rows, settings.Threads ?? Environment.ProcessorCount, cancellationToken);
        if (request.Kind == RunKinds.MonteCarlo)
        {
            if (settings.Top is not null)
            {
                throw new UserInputException($"merge {settings.Folder}: the shards are of a Monte Carlo forecast, which ranks no inputs; --top applies to the shards of a sensitivity analysis.");
            }

            return MonteCarloForecast.Present(console, loaded, request, run, settings.Format, settings.Out, settings.Chart, settings.Store, settings.NoStore);
        }

        var csv = settings.Format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        if (csv || settings.Out is not null || settings.Chart is not null)
        {
            var given = new[] { csv ? "--format csv" : null, settings.Out is null ? null : "--out", settings.Chart is null ? null : "--chart" }.Where(x => x is not null);
            throw new UserInputException($"merge {settings.Folder}: the shards are of a sensitivity analysis, which has no {string.Join(", ", given)}; use --format table or json.");
        }

        return SensitivityCommand.Present(console, loaded, request, run, settings.Format, settings.Top, settings.Store, settings.NoStore);
    }

    private int MergeSweep(MergeSettings settings, ShardHeader header, double[] rows)
    {
        var refused = new[]
        {
            settings.Format.Equals("json", StringComparison.OrdinalIgnoreCase) ? "--format json" : null, settings.Chart is null ? null : "--chart", settings.Store is null ? null : "--store",
            settings.Top is null ? null : "--top", settings.Threads is null ? null : "--threads",
        }.Where(x => x is not null).ToArray();
        if (refused.Length > 0)
        {
            throw new UserInputException($"merge {settings.Folder}: the shards are of an unrest sweep, which writes a table or CSV (--format csv) on one thread, ranks no inputs and keeps no run in the store; {string.Join(", ", refused)} would be ignored.");
        }

        return UnrestSweepOutput.Present(console, UnrestSweepRunner.Merge(header, rows), rows, settings.Format, settings.Out);
    }
}
