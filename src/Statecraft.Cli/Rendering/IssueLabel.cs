namespace Statecraft.Cli.Rendering;

/// <summary>Issue ids as table headers and cells.</summary>
internal static class IssueLabel
{
    /// <summary>Lets a kebab-case id wrap after its hyphens instead of inside a word, in a narrow column.</summary>
    /// <param name="id">The id, e.g. <c>gaza-ceasefire</c>.</param>
    /// <returns>The id with a line break after each hyphen (not markup-escaped).</returns>
    public static string Breakable(string id) => id.Replace("-", "-\n", StringComparison.Ordinal);
}
