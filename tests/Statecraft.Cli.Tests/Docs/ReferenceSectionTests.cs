using System.Text.RegularExpressions;

namespace Statecraft.Cli.Tests.Docs;

/// <summary>
/// The model reference (docs/reference/) is what every "§" in the code, the help text and the docs points at: each
/// reference must name a heading that exists, and links into the reference must land on a page and heading.
/// </summary>
public sealed partial class ReferenceSectionTests
{
    [Fact]
    public void EverySectionReference_NamesAHeadingOfTheModelReference()
    {
        var headings = ReferenceHeadings().Keys.ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        var count = 0;
        foreach (var (file, lineNumber, line) in CitingLines())
        {
            foreach (Match m in SectionReference().Matches(line))
            {
                count++;
                if (!headings.Contains(m.Groups[1].Value))
                {
                    missing.Add($"{file}:{lineNumber}: §{m.Groups[1].Value}");
                }
            }
        }

        Assert.True(count > 300, $"only {count} § references found; is the repository layout what this test expects?");
        Assert.True(missing.Count == 0, "§ references without a heading in docs/reference:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void LinksIntoTheReference_LandOnAPageAndHeading()
    {
        var slugs = ReferenceHeadings().Values.ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var (file, lineNumber, line) in CitingLines().Where(l => l.File.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (Match m in ReferenceLink().Matches(line))
            {
                var page = m.Groups[1].Value;
                var anchor = m.Groups[2].Success ? m.Groups[2].Value : null;
                var target = Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(file)!, page));
                if (!File.Exists(target) || (anchor is not null && !slugs.Contains(Path.GetFileName(page) + "#" + anchor)))
                {
                    broken.Add($"{file}:{lineNumber}: {m.Value}");
                }
            }
        }

        Assert.True(broken.Count == 0, "broken links into docs/reference:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void NothingUsersOrContributorsRead_PointsAtAFileOutsideTheRepository()
    {
        var stale = CitingLines().Where(l => l.Line.Contains("MODELS" + ".md", StringComparison.Ordinal)).Select(l => $"{l.File}:{l.Number}").ToList();
        Assert.True(stale.Count == 0, "references to a specification outside the repository; cite docs/reference instead (\"§4.6\" in a code comment, \"docs/reference/exchange.md §4.6\" in text users see; docs/reference/README.md maps sections to pages):\n" + string.Join('\n', stale));
    }

    internal static string Root { get; } = FindRoot();

    /// <summary>Maps each section number ("4.6") to "page.md#slug", the slug as Markdown renderers make it.</summary>
    private static Dictionary<string, string> ReferenceHeadings()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Root, "docs", "reference"), "*.md"))
        {
            foreach (var line in File.ReadLines(page))
            {
                var m = NumberedHeading().Match(line);
                if (m.Success)
                {
                    Assert.True(map.TryAdd(m.Groups[1].Value, Path.GetFileName(page) + "#" + Slug(line.TrimStart('#'))), $"§{m.Groups[1].Value} is a heading twice");
                }
            }
        }

        return map;
    }

    private static string Slug(string heading)
    {
        var text = NotSlugCharacter().Replace(heading.Trim().ToLowerInvariant(), string.Empty);
        return text.Replace(' ', '-');
    }

    private static IEnumerable<(string File, int Number, string Line)> CitingLines()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat([Path.Combine(Root, "README.md"), Path.Combine(Root, "CONTRIBUTING.md")]);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, file);
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                yield return (relative, number, line);
            }
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "docs", "reference")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("docs/reference not found above the test folder.");
    }

    [GeneratedRegex(@"§\s?(\d+(?:\.\d+)*)")]
    private static partial Regex SectionReference();

    [GeneratedRegex(@"^#{1,6} (\d+(?:\.\d+)*)\.? ")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"\]\(((?:\.\./)*(?:docs/)?reference/[\w\-]+\.md)(?:#([\w\-]+))?\)")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex NotSlugCharacter();
}
