using System.Collections.Concurrent;
using Statecraft.Assessment;
using Statecraft.Model.Forecasting;
using Statecraft.Reports.Briefs;
using Statecraft.Scenarios;
using Statecraft.Testing;

namespace Statecraft.Reports.Tests.Briefs;

/// <summary>The briefs of three bundled scenarios, pinned as golden Markdown and JSON (run with UPDATE_GOLDEN=1 to accept a change).</summary>
public sealed class BriefGoldenTests
{
    private static readonly ConcurrentDictionary<string, Lazy<Brief>> Briefs = new();

    internal static Brief Of(string name) => Briefs.GetOrAdd(name, n => new Lazy<Brief>(() =>
    {
        var scenario = BundledScenarios.Load(n);
        var results = Assessor.Run(scenario, AssessmentOptions.Default, new ModelRunContext(scenario.Seed ?? 42) { MaxDegreeOfParallelism = 2 });
        return BriefComposer.Compose(results, n, TrackRecord.Deu2);
    })).Value;

    [Theory]
    [InlineData("middle-east-2025")]
    [InlineData("eu-emission-1994")]
    [InlineData("ktab-soe-pol-comp")]
    public void Markdown_BundledScenario_MatchesGolden(string name) =>
        Golden.Assert(BriefMarkdownWriter.Write(Of(name)), $"brief-{name}.md");

    [Theory]
    [InlineData("middle-east-2025")]
    [InlineData("eu-emission-1994")]
    [InlineData("ktab-soe-pol-comp")]
    public void Json_BundledScenario_MatchesGolden(string name) =>
        Golden.Assert(BriefJsonWriter.Write(Of(name)), $"brief-{name}.json");

    [Fact]
    public void Markdown_DefaultScenario_SplitsTheHoldAtHomeAndNeverCallsItsMedianLikely()
    {
        // Given: the expected-utility runs on the Islamic Republic's hold at home split between a transition and unreformed rule
        var issue = Of("middle-east-2025").Issues.Single(i => i.IssueId == "iran-domestic-order");

        // When
        var headline = issue.Sentences.Single(s => s.Topic == "headline");
        var shape = issue.Sentences.Single(s => s.Topic == "shape");

        // Then
        Assert.StartsWith("No single likely outcome", headline.Text, StringComparison.Ordinal);
        Assert.Equal(2, shape.Value("clusters"));
        Assert.InRange(shape.Value("centre.1")!.Value, 10, 25);
        Assert.InRange(shape.Value("centre.2")!.Value, 75, 90);
        Assert.Contains("is not reported as the likely outcome", shape.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string> Bundled => [.. BundledScenarios.Names];

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Assess_EveryBundledScenario_GivesEachIssueAHeadlineAndTheLimits(string name)
    {
        // Given
        var scenario = BundledScenarios.Load(name);

        // When
        var results = Assessor.Run(scenario, AssessmentOptions.Default with { Runs = 100 }, new ModelRunContext(42) { MaxDegreeOfParallelism = 2 });
        var brief = BriefComposer.Compose(results, name, TrackRecord.Deu2);

        // Then
        Assert.Equal(scenario.Issues.Length, brief.Issues.Length);
        Assert.All(brief.Issues, i => Assert.Equal("headline", i.Sentences[0].Topic));
        Assert.Contains(brief.Limits, s => s.Topic == "exploration");
        Assert.Equal(scenario.Arena is not null, !brief.TwoFronts.IsEmpty);
    }

    [Fact]
    public void Readme_BriefExcerpt_QuotesTheGoldenBriefWordForWord()
    {
        // Given
        var golden = File.ReadAllText(GoldenFile("brief-middle-east-2025.md"));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("<!-- brief excerpt", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- end of brief excerpt -->", StringComparison.Ordinal);

        // When
        var quoted = readme[start..end].Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal))
            .Select(l => l.Contains("** ", StringComparison.Ordinal) ? l[(l.IndexOf("** ", StringComparison.Ordinal) + 3)..] : l[2..])
            .ToList();

        // Then
        Assert.True(start >= 0 && end > start, "README.md has no brief excerpt between its markers.");
        Assert.Equal(6, quoted.Count);
        Assert.All(quoted, q => Assert.Contains(q, golden, StringComparison.Ordinal));
    }

    private static string GoldenFile(string name, [System.Runtime.CompilerServices.CallerFilePath] string caller = "") =>
        Path.Combine(Path.GetDirectoryName(caller)!, "golden", name);

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string caller = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "../../.."));
}
