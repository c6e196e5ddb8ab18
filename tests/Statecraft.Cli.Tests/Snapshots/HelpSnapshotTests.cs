using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Snapshots;

/// <summary>
/// Pins every page of <c>--help</c> and the listing of <c>statecraft models</c> as golden files (golden/). The pages
/// are found by walking the COMMANDS sections of the help itself, so a new command gets a page of its own.
/// After an intended change, accept the new text with <c>UPDATE_GOLDEN=1 dotnet test tests/Statecraft.Cli.Tests</c>.
/// </summary>
public sealed class HelpSnapshotTests
{
    [Fact]
    public void Models_ListingIsPinned()
    {
        var (code, output) = CliRunner.Run("models");

        Assert.Equal(0, code);
        Golden.Assert(Snapshot.Normalise(output), "models.txt");
    }

    [Fact]
    public void Help_EveryPageIsPinned()
    {
        var pages = 0;
        var pending = new Queue<string[]>([[]]);
        while (pending.Count > 0)
        {
            var command = pending.Dequeue();
            var (code, output) = CliRunner.Run([.. command, "--help"]);
            Assert.Equal(0, code);
            Golden.Assert(Snapshot.Normalise(output), command.Length == 0 ? "help.txt" : $"help-{string.Join('-', command)}.txt");
            pages++;
            foreach (var sub in Subcommands(output))
            {
                pending.Enqueue([.. command, sub]);
            }
        }

        Assert.True(pages > 10, $"only {pages} help pages found");
    }

    /// <summary>The first word of each entry of the COMMANDS: section of a help page.</summary>
    private static IEnumerable<string> Subcommands(string help)
    {
        var inCommands = false;
        foreach (var line in help.Split('\n'))
        {
            if (line.StartsWith("COMMANDS:", StringComparison.Ordinal))
            {
                inCommands = true;
                continue;
            }

            if (!inCommands)
            {
                continue;
            }

            if (line.Length == 0 || !line.StartsWith(' '))
            {
                yield break;
            }

            // An entry starts at the section's indent; the wrapped part of a description is indented further.
            if (line.Length > 4 && line.StartsWith("    ", StringComparison.Ordinal) && line[4] != ' ')
            {
                yield return line[4..].Split(' ')[0];
            }
        }
    }
}
