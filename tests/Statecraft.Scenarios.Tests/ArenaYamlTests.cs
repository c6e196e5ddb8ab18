using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Yaml;

namespace Statecraft.Scenarios.Tests;

public sealed class ArenaYamlTests
{
    private const string Minimal = """
        statecraft: 1
        title: t
        issues:
          - id: i
            name: I
        actors:
          - id: R
            name: Regime
            capability: 1
            stances:
              i: { position: 40, salience: 0.5 }
        """;

    [Fact]
    public void BundledMiddleEast_HasAnArenaForIri_WithEveryCoefficientExplained()
    {
        var scenario = BundledScenarios.Load("middle-east-2025");

        var arena = Assert.IsType<Statecraft.Model.Domain.DomesticArena>(scenario.Arena);
        Assert.Equal("IRI", arena.RegimeId);
        Assert.Equal("0.78", arena.Unrest.Values["legitimacy"]);
        foreach (var key in arena.Unrest.Values.Keys.Select(k => "unrest." + k).Concat(arena.Coupling.Values.Keys.Select(k => "coupling." + k)))
        {
            var why = scenario.Rationales[$"arena.{key}"];
            Assert.True(why.StartsWith("essay:", StringComparison.Ordinal) || why.StartsWith("ASSUMPTION:", StringComparison.Ordinal), key);
        }
    }

    [Fact]
    public void BundledMiddleEast_RoundTripsThroughTheWriter()
    {
        var scenario = BundledScenarios.Load("middle-east-2025");

        var yaml = NativeScenarioWriter.Write(scenario);
        var back = new YamlScenarioFormat().Read(yaml, "me.yaml", ScenarioReadOptions.Default);

        Assert.True(back.IsValid, string.Join("\n", back.Diagnostics));
        Assert.True(scenario.ContentEquals(back.Scenario), yaml);
        Assert.Equal("middle-east-2025", scenario.Metadata.Id);
        Assert.Equal(scenario.Metadata.Id, back.Scenario!.Metadata.Id);
        Assert.Equal(scenario.Rationales["arena.coupling.alpha"], back.Scenario!.Rationales["arena.coupling.alpha"]);
        Assert.Contains("Killing costs money", back.Scenario.Rationales["issues.gaza-ceasefire.conflict.costPerRound"], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRegime_IsReportedWithTheNearestActor()
    {
        var result = new YamlScenarioFormat().Read(Minimal + "\narena:\n  regime: Q\n", "a.yaml", ScenarioReadOptions.Default);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Message == "arena.regime refers to unknown actor 'Q'.");
    }

    [Fact]
    public void BadUnrestOption_IsReportedAtItsLine()
    {
        var result = new YamlScenarioFormat().Read(Minimal + "\narena:\n  regime: R\n  unrest:\n    legitimacy: 1.5\n", "a.yaml", ScenarioReadOptions.Default);

        Assert.False(result.IsValid);
        var d = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("arena.unrest:", StringComparison.Ordinal));
        Assert.Equal(15, d.Line); // the legitimacy line
    }

    [Fact]
    public void MissingRegime_IsReported()
    {
        var result = new YamlScenarioFormat().Read(Minimal + "\narena:\n  unrest:\n    legitimacy: 0.5\n", "a.yaml", ScenarioReadOptions.Default);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Field == "arena.regime");
    }
}
