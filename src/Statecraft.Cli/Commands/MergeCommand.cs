using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft merge DIR</c>: folds the shard files of a Monte Carlo or sensitivity run into the outputs the single-machine command writes, and records one run in the store.</summary>
internal sealed class MergeCommand(IAnsiConsole console) : Command<MergeSettings>
{
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        var (loaded, request, run) = ShardRunner.Merge(settings.Folder, settings.Threads ?? Environment.ProcessorCount, cancellationToken);
        if (request.Kind == RunKinds.MonteCarlo)
        {
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
}
