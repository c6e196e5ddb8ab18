using System.Text.RegularExpressions;

namespace Statecraft.Cli.Tests.Snapshots;

/// <summary>Makes an output comparable with its golden file by replacing the facts that change between builds and machines.</summary>
internal static partial class Snapshot
{
    /// <summary>Replaces the tool version, the commit, timestamps and the test data folder with fixed markers.</summary>
    /// <param name="output">What a command wrote.</param>
    /// <returns>The output with volatile facts normalised.</returns>
    public static string Normalise(string output)
    {
        var text = output.Replace(Path.Combine(AppContext.BaseDirectory, "data") + Path.DirectorySeparatorChar, "<data>/", StringComparison.Ordinal);
        text = VersionMember().Replace(text, "$1\"<version>\"");
        text = CommitMember().Replace(text, "$1\"<commit>\"");
        return Timestamp().Replace(text, "<time>");
    }

    [GeneratedRegex("(\"(?:toolVersion|version)\": )\"[^\"]*\"")]
    private static partial Regex VersionMember();

    [GeneratedRegex("(\"(?:commit|toolCommit)\": )\"[^\"]*\"")]
    private static partial Regex CommitMember();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")]
    private static partial Regex Timestamp();
}
