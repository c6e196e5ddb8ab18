using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Uncertainty;
using Statecraft.Runs;
using Statecraft.Storage;

namespace Statecraft.Cli.Infrastructure;

/// <summary>The <c>--shard K/M</c> and <c>--shard-out DIR</c> options of <c>forecast --runs</c>, <c>sensitivity</c> and <c>unrest --sweep</c>: parsing, checks and running one shard.</summary>
internal static class ShardOption
{
    /// <summary>The variables <c>--shard auto/M</c> reads k from, in this order: Slurm job arrays, then Kubernetes Indexed Jobs.</summary>
    public static readonly string[] IndexVariables = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"];

    /// <summary>Says what is wrong with the shard options given together with the others, or <see langword="null"/>.</summary>
    /// <param name="shard">The <c>--shard</c> value.</param>
    /// <param name="shardOut">The <c>--shard-out</c> value.</param>
    /// <param name="others">The output options a shard cannot honour, with whether each was given.</param>
    public static string? Check(string? shard, string? shardOut, params (string Name, bool Given)[] others)
    {
        if (shard is null)
        {
            return shardOut is null ? null : "--shard-out needs --shard K/M: it is the folder a shard's file goes to.";
        }

        if (shardOut is null)
        {
            return $"--shard {shard} needs --shard-out DIR, the folder its shard file goes to.";
        }

        var given = others.Where(o => o.Given).Select(o => o.Name).ToArray();
        return given.Length == 0
            ? null
            : $"--shard writes only its shard file; {string.Join(", ", given)} belong{(given.Length == 1 ? "s" : string.Empty)} to 'statecraft merge {shardOut}', which folds the shards.";
    }

    /// <summary>Parses <c>K/M</c> or <c>auto/M</c>.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="environment">Reads an environment variable (for <c>auto</c>).</param>
    /// <returns>The shard k (0-based) and the number of shards M.</returns>
    /// <exception cref="UserInputException">The value is not a shard of [0, M), or <c>auto</c> finds no index.</exception>
    public static (int Shard, int Shards) Parse(string text, Func<string, string?> environment)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m < 1 || m > ShardRange.MaxShards)
        {
            throw new UserInputException($"--shard {text}: use K/M with M in [1, {ShardRange.MaxShards}] and K in [0, M), e.g. --shard 0/8, or auto/M to take K from {string.Join(" or ", IndexVariables)}.");
        }

        var k = parts[0];
        var source = "--shard";
        if (k.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            var variable = IndexVariables.FirstOrDefault(v => !string.IsNullOrEmpty(environment(v)))
                ?? throw new UserInputException($"--shard {text}: neither {string.Join(" nor ", IndexVariables)} is set; run it as a Slurm array task or a Kubernetes Indexed Job, or give K (e.g. --shard 0/{m}).");
            k = environment(variable)!;
            source = $"--shard {text}: {variable}";
        }

        if (!int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var shard) || shard >= m)
        {
            throw new UserInputException($"{source} = {k} is not a shard number in [0, {m - 1}]; shards are numbered from 0 (sbatch --array=0-{m - 1}).");
        }

        return (shard, m);
    }

    /// <summary>Runs shard <paramref name="shardText"/> of <paramref name="request"/> into <paramref name="folder"/> and says what it wrote.</summary>
    public static int Execute(IAnsiConsole console, LoadedScenario loaded, RunRequest request, string shardText, string folder, CancellationToken cancellation)
    {
        var (shard, shards) = Parse(shardText, Environment.GetEnvironmentVariable);
        var (path, header) = Commands.MonteCarloForecast.WithProgress(console, RunRequests.Work(request) / shards, p => ShardRunner.Run(loaded.Scenario, request, shard, shards, folder, p, cancellation));
        ReportWritten(console, header, path);
        return ExitCodes.Ok;
    }

    /// <summary>Says which rows a shard holds and where its file went.</summary>
    public static void ReportWritten(IAnsiConsole console, ShardHeader header, string path) =>
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[dim]shard {header.Shard} of {header.Shards}: {ShardRunner.RowNoun(header.Request.Kind)} [[{header.Start}, {header.Start + header.Count}) of {header.Rows}, written to {Markup.Escape(path)}[/]"));
}
