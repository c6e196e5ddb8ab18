using Statecraft.Model.Uncertainty;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Yaml;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Tests;

public sealed class UncertaintyYamlTests
{
    // Line 12 is the first line appended to this text.
    private const string Minimal = """
        statecraft: 1
        title: t
        issues:
          - id: talks
            name: Talks
        actors:
          - id: RUS
            name: Russia
            capability: 1
            stances:
              talks: { position: 40, salience: 0.5 }
        """;

    [Fact]
    public void Read_FullSection_BuildsSpecWithOverridesAndRationales()
    {
        // Given
        var yaml = Minimal + """

            uncertainty:
              positionShare: 0.1
              salienceSigma: 0.3
              why: "ASSUMPTION: coders disagree."
              overrides:
                - issue: talks
                  positionShare: 0.15
                - actor: RUS
                  issue: talks
                  salienceSigma: 0.5
                  why: "essay: hidden."
                - actor: RUS
                  capabilitySigma: 0.4
            """;

        // When
        var scenario = Read(yaml);

        // Then
        var u = Assert.IsType<UncertaintySpec>(scenario.Uncertainty);
        Assert.Equal(0.1, u.PositionShare);
        Assert.Equal(0.3, u.SalienceSigma);
        Assert.Equal(UncertaintySpec.Default.CapabilitySigma, u.CapabilitySigma);
        Assert.Equal(
            [
                new UncertaintyOverride(null, "talks") { PositionShare = 0.15 },
                new UncertaintyOverride("RUS", "talks") { SalienceSigma = 0.5 },
                new UncertaintyOverride("RUS", null) { CapabilitySigma = 0.4 },
            ],
            u.Overrides.ToArray());
        Assert.Equal(0.15, u.PositionShareFor("RUS", "talks"));
        Assert.Equal(0.5, u.SalienceSigmaFor("RUS", "talks"));
        Assert.Equal("ASSUMPTION: coders disagree.", scenario.Rationales["uncertainty"]);
        Assert.Equal("essay: hidden.", scenario.Rationales["uncertainty.RUS.talks"]);
    }

    [Fact]
    public void Read_EmptySection_GivesTheDefaults()
    {
        // Given / When
        var scenario = Read(Minimal + "\nuncertainty:\n");

        // Then
        Assert.True(UncertaintySpec.Default.ContentEquals(scenario.Uncertainty));
    }

    [Fact]
    public void Read_NoSection_LeavesUncertaintyUnset()
    {
        Assert.Null(Read(Minimal).Uncertainty);
    }

    [Fact]
    public void Write_SectionWithOverrides_RoundTrips()
    {
        // Given
        var scenario = Read(Minimal + """

            uncertainty:
              positionShare: 0.07
              why: |
                ASSUMPTION: two lines
                of rationale.
              overrides:
                - actor: RUS
                  issue: talks
                  positionShare: 0.2
                  why: "essay: \"likely under Russian mediation\"."
                - actor: RUS
                  capabilitySigma: 0
            """);

        // When
        var yaml = NativeScenarioWriter.Write(scenario);
        var back = Read(yaml);

        // Then
        Assert.True(scenario.ContentEquals(back), yaml);
        Assert.Equal(scenario.Rationales["uncertainty.RUS.talks"], back.Rationales["uncertainty.RUS.talks"]);
        Assert.Equal(scenario.Rationales["uncertainty"], back.Rationales["uncertainty"]);
    }

    [Fact]
    public void Read_MisspelledKey_SuggestsTheKnownOne()
    {
        var d = Single(Minimal + "\nuncertainty:\n  positionshare: 0.1\n");

        Assert.Equal("a.yaml:13:3: error SC1104: uncertainty.positionshare is not a known key. Did you mean 'positionShare'?", d.ToString());
    }

    [Fact]
    public void Read_MisspelledOverrideKey_SuggestsTheKnownOne()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - actor: RUS\n      positionShare: 0.1\n      salienceSigmma: 0.1\n");

        Assert.Equal("a.yaml:16:7: error SC1104: uncertainty.overrides[0].salienceSigmma is not a known key. Did you mean 'salienceSigma'?", d.ToString());
    }

    [Theory]
    [InlineData("positionShare: 1.5", "a.yaml:13:18: error SC1209: uncertainty.positionShare = 1.5 is outside [0, 1].")]
    [InlineData("salienceSigma: -0.1", "a.yaml:13:18: error SC1209: uncertainty.salienceSigma = -0.1 is outside [0, 5].")]
    [InlineData("capabilitySigma: 7", "a.yaml:13:20: error SC1209: uncertainty.capabilitySigma = 7 is outside [0, 5].")]
    public void Read_DefaultOutOfRange_ReportsValueRangeAndPlace(string line, string expected)
    {
        var d = Single(Minimal + "\nuncertainty:\n  " + line + "\n");

        Assert.StartsWith(expected, d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverrideOutOfRange_ReportsItsPath()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - issue: talks\n      positionShare: 2\n");

        Assert.Equal(
            "a.yaml:15:22: error SC1209: uncertainty.overrides[0].positionShare = 2 is outside [0, 1]. positionShare is σ of the position noise as a share of the issue's scale width: 0.05 is 5 points on a 0–100 scale.",
            d.ToString());
    }

    [Fact]
    public void Read_UnknownActor_ReportsNearestId()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - actor: RSU\n      positionShare: 0.1\n");

        Assert.Equal("a.yaml:14:14: error SC1304: uncertainty.overrides[0].actor refers to unknown actor 'RSU'. Did you mean 'RUS'?", d.ToString());
    }

    [Fact]
    public void Read_UnknownIssue_ReportsNearestId()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - issue: talk\n      positionShare: 0.1\n");

        Assert.Equal("a.yaml:14:14: error SC1303: uncertainty.overrides[0].issue refers to unknown issue 'talk'. Did you mean 'talks'?", d.ToString());
    }

    [Fact]
    public void Read_CapabilitySigmaForOneIssue_IsRejected()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - actor: RUS\n      issue: talks\n      capabilitySigma: 0.3\n");

        Assert.Equal(
            "a.yaml:16:24: error SC1306: uncertainty.overrides[0].capabilitySigma is set for one issue, but capability belongs to the actor. Move capabilitySigma to an override with actor: only.",
            d.ToString());
    }

    [Fact]
    public void Read_OverrideWithoutActorOrIssue_IsRejected()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - positionShare: 0.1\n");

        Assert.Equal(
            "a.yaml:14:7: error SC1306: uncertainty.overrides[0] names neither an actor nor an issue. Give actor:, issue: or both; the defaults for everyone go directly under uncertainty:.",
            d.ToString());
    }

    [Fact]
    public void Read_OverrideSettingNothing_IsRejected()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - actor: RUS\n");

        Assert.Equal("uncertainty.overrides[0] sets no noise level.", d.Message);
        Assert.Equal(14, d.Line);
    }

    [Fact]
    public void Read_RepeatedOverride_IsRejectedWithTheFirstLine()
    {
        var d = Single(Minimal + "\nuncertainty:\n  overrides:\n    - actor: RUS\n      positionShare: 0.1\n    - actor: RUS\n      salienceSigma: 0.1\n");

        Assert.Equal("uncertainty.overrides[1] repeats the override of (RUS, *) at line 14.", d.Message);
        Assert.Equal(16, d.Line);
    }

    [Fact]
    public void BundledMiddleEast_HasAnUncertaintySectionWithEveryLevelExplained()
    {
        // Given
        var scenario = BundledScenarios.Load("middle-east-2025");

        // When
        var u = Assert.IsType<UncertaintySpec>(scenario.Uncertainty);

        // Then: the talks the essay calls hidden are the noisiest positions.
        Assert.Equal(0.15, u.PositionShareFor("USA", "us-iran-talks"));
        Assert.Equal(0.2, u.PositionShareFor("RUS", "us-iran-talks"));
        Assert.Equal(0.05, u.PositionShareFor("USA", "gaza-ceasefire"));
        Assert.Equal(0.5, u.CapabilitySigmaFor("IRN-SOC"));
        var keys = u.Overrides.Select(o => $"uncertainty.{o.ActorId ?? "*"}.{o.IssueId ?? "*"}").Append("uncertainty");
        Assert.All(keys, k => Assert.Matches("^(essay:|ASSUMPTION:)", scenario.Rationales[k]));
    }

    private static Model.Domain.Scenario Read(string yaml)
    {
        var result = new YamlScenarioFormat().Read(yaml, "a.yaml", ScenarioReadOptions.Default);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    private static Diagnostic Single(string yaml)
    {
        var result = new YamlScenarioFormat().Read(yaml, "a.yaml", ScenarioReadOptions.Default);
        Assert.False(result.IsValid);
        return Assert.Single(result.Diagnostics);
    }
}
