using Statecraft.Scenarios.Formats.Yaml;

namespace Statecraft.Scenarios.Tests.Formats;

public sealed partial class YamlFormatTests
{
    private const string Valid = """
        statecraft: 1
        id: sample
        title: "Gaza ceasefire"
        description: |
          Two lines
          of text.
        asOf: 2025-10-15
        sources: ["a source"]
        assumptions: [one, two]
        seed: 42
        models:
          eu: { preset: scholz-code, rounds: 10 }
        issues:
          - id: gaza
            name: Gaza ceasefire
            scale:
              min: 0
              max: 100
              labels: { 0: "war resumes", 100: "durable settlement" }
            referencePoint: 30
            referencePointRationale: "the October truce"
            outcome: 45
            group: mideast
            flags: [armed-conflict, survival]
            conflict:
              involved: [ISR, HAM]
              costPerRound: 0.02
              settlementPoint: 100
              costs: { ISR: 0.01 }
        actors:
          - id: ISR
            name: Israel
            capability: 100
            capabilityRationale: "military edge"
            stances:
              gaza:
                position: 20
                salience: 0.9
                capability: 120
                why: "security first"
          - id: HAM
            name: Hamas
            capability: 10
            stances:
              gaza: { position: 80, salience: 1, positionRationale: "survival", salienceRationale: "existential" }
        """;

    private static readonly YamlScenarioFormat Format = new();

    private static Statecraft.Scenarios.Formats.ScenarioReadResult Read(string text) => TestFiles.Read(Format, text, "scenario.yaml");

    [Fact]
    public void Read_CompleteFile_FillsEveryField()
    {
        // When
        var result = Read(Valid);

        // Then
        Assert.Empty(TestFiles.Messages(result));
        var s = result.Scenario!;
        Assert.Equal("Gaza ceasefire", s.Metadata.Title);
        Assert.Equal("Two lines\nof text.\n", s.Metadata.Description);
        Assert.Equal(new DateOnly(2025, 10, 15), s.Metadata.AsOf);
        Assert.Equal(["one", "two"], s.Metadata.Assumptions.ToArray());
        Assert.Equal(42UL, s.Seed);
        Assert.Equal("scholz-code", s.ModelSettings["eu"].GetString("preset", ""));
        Assert.Equal(10, s.ModelSettings["eu"].GetInt("rounds", 0));
        var issue = Assert.Single(s.Issues);
        Assert.Equal(30, issue.ReferencePoint);
        Assert.Equal(45, issue.Outcome);
        Assert.Equal("war resumes", issue.Scale.Describe(0));
        Assert.True(issue.HasFlag("armed-conflict"));
        Assert.Equal(0.01, issue.Conflict!.CostFor("ISR"));
        Assert.Equal(0.02, issue.Conflict.CostFor("HAM"));
        Assert.True(s.TryGetStance("ISR", "gaza", out var isr));
        Assert.Equal(new Model.Domain.Stance("ISR", "gaza", 20, 0.9, 120), isr);
        Assert.Equal("security first", s.Rationales["stances.ISR.gaza.position"]);
        Assert.Equal("security first", s.Rationales["stances.ISR.gaza.salience"]);
        Assert.Equal("survival", s.Rationales["stances.HAM.gaza.position"]);
        Assert.Equal("existential", s.Rationales["stances.HAM.gaza.salience"]);
        Assert.Equal("military edge", s.Rationales["actors.ISR.capability"]);
        Assert.Equal("the October truce", s.Rationales["issues.gaza.referencePoint"]);
    }

    [Fact]
    public void Read_PercentSalience_DividesBy100()
    {
        // Given
        var text = Valid.Replace("statecraft: 1", "statecraft: 1\nsalienceScale: percent", StringComparison.Ordinal)
            .Replace("salience: 0.9", "salience: 90", StringComparison.Ordinal).Replace("salience: 1,", "salience: 100,", StringComparison.Ordinal);

        // When
        var s = Read(text).Scenario!;

        // Then
        Assert.Equal(0.9, s.Stances[0].Salience);
        Assert.Equal(1.0, s.Stances[1].Salience);
    }

    [Fact]
    public void Write_CompleteFile_ReadsBackContentEqual()
    {
        // Given
        var original = Read(Valid).Scenario!;

        // When
        var text = NativeScenarioWriter.Write(original, ["header line"]);
        var back = Read(text);

        // Then
        Assert.Empty(TestFiles.Messages(back));
        Assert.True(original.ContentEquals(back.Scenario), text);
        Assert.StartsWith("# header line\nstatecraft: 1\n", text, StringComparison.Ordinal);
    }
}
