using System.Globalization;

namespace Statecraft.Cli.Tests;

/// <summary>What the shard tests share: writing a run's shards with the CLI, changing one option of a command, and error output on one line.</summary>
internal static class ShardCommands
{
    /// <summary>Runs <paramref name="command"/> as shards 0 to M − 1 on <paramref name="threads"/> threads into <paramref name="dir"/>.</summary>
    public static string Write(string dir, string[] command, int shards, int threads)
    {
        for (var k = 0; k < shards; k++)
        {
            var (code, output) = CliRunner.Run([.. command, "--shard", $"{k}/{shards}", "--shard-out", dir, "--threads", threads.ToString(CultureInfo.InvariantCulture)]);
            Assert.True(code == 0, output);
        }

        return dir;
    }

    /// <summary>The command with the option <c>change[0]</c> set to <c>change[1]</c> (added when missing).</summary>
    public static List<string> Replace(string[] command, string[] change)
    {
        var result = command.ToList();
        var at = result.IndexOf(change[0]);
        if (at >= 0)
        {
            result[at + 1] = change[1];
        }
        else
        {
            result.AddRange(change);
        }

        return result;
    }

    /// <summary>The output's lines, trimmed and joined by single spaces.</summary>
    public static string Flat(string output) => string.Join(" ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
