using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Tests;

public sealed class BundledScenariosTests
{
    public static TheoryData<string> Names => [.. BundledScenarios.Names];

    [Fact]
    public void Names_IncludeTheConvertedCases() =>
        Assert.Superset(
            new HashSet<string> { "eu-emission-1994", "ktab-soe-pol-comp", "iran-election-2013", "uk-emu-labour", "uk-emu-conservative", "road-toll", "cop15-copenhagen", "cop21-paris" },
            BundledScenarios.Names.ToHashSet());

    [Theory]
    [InlineData("iran-election-2013", "bdm", "iran2013_preana.csv")]
    [InlineData("uk-emu-labour", "bdm", "uk_emu_labour_gov.csv")]
    [InlineData("uk-emu-conservative", "bdm", "uk_emu_conservative_gov.csv")]
    [InlineData("road-toll", "exchange", "sample_data.txt")]
    [InlineData("cop15-copenhagen", "exchange", "copenhagen.csv")]
    [InlineData("cop21-paris", "exchange", "cop21.csv")]
    public void Load_ConvertedCase_CarriesTheSourceNumbers(string name, string folder, string file)
    {
        // Given
        var source = ScenarioLoader.Load(TestFiles.Data(folder, file));

        // When
        var bundled = BundledScenarios.Load(name);

        // Then: the same numbers, actor by actor and stance by stance (ids may be written differently)
        Assert.Equal(source.Actors.Select(a => a.Capability), bundled.Actors.Select(a => a.Capability));
        Assert.Equal(source.Stances.Select(s => (s.Position, s.Salience, s.Capability)), bundled.Stances.Select(s => (s.Position, s.Salience, s.Capability)));
        Assert.Equal(source.Issues.Select(i => (i.Scale.Min, i.Scale.Max)), bundled.Issues.Select(i => (i.Scale.Min, i.Scale.Max)));
        Assert.NotEmpty(bundled.Metadata.Sources);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_EveryBundledScenario_IsValidAndDescribed(string name)
    {
        // When
        var ok = BundledScenarios.TryLoad(name, out var scenario, out var diagnostics);

        // Then
        Assert.True(ok, string.Join("\n", diagnostics));
        Assert.NotEmpty(scenario!.Issues);
        Assert.False(string.IsNullOrWhiteSpace(BundledScenarios.Describe(name)));
    }

    [Fact]
    public void Load_Emission_MatchesTheActorTable()
    {
        // Given
        var table = ScenarioLoader.Load(TestFiles.Data("bdm", "emission_bdm1994.csv"));

        // When
        var bundled = BundledScenarios.Load("eu-emission-1994");

        // Then
        Assert.Equal(table.Actors.ToArray(), bundled.Actors.ToArray());
        Assert.Equal(table.Stances.Select(s => (s.ActorId, s.Position, s.Salience)).ToArray(), bundled.Stances.Select(s => (s.ActorId, s.Position, s.Salience)).ToArray());
        Assert.Equal(8.833, bundled.Issues[0].Outcome);
        Assert.Equal("EC car-emission standards: ten member states, one issue (Bueno de Mesquita 1994)", BundledScenarios.Describe("eu-emission-1994"));
    }

    [Fact]
    public void Load_SoePolComp_MatchesTheKtabCsv()
    {
        // Given
        var csv = ScenarioLoader.Load(TestFiles.Data("ktab", "SOE-Pol-Comp.csv"));

        // When
        var bundled = BundledScenarios.Load("ktab-soe-pol-comp");

        // Then
        Assert.Equal(csv.Actors.ToArray(), bundled.Actors.ToArray());
        Assert.Equal(csv.Stances.ToArray(), bundled.Stances.ToArray());
        Assert.True(bundled.TryGetStance("XJ", "Policy Position", out var xj));
        Assert.Equal(0.24, xj.Salience);
    }

    [Fact]
    public void Load_UnknownName_SuggestsNearest()
    {
        // When
        var e = Assert.Throws<ScenarioValidationException>(() => BundledScenarios.Load("eu-emissions-1994"));

        // Then
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticCatalog.FileNotFound, d.Code);
        Assert.EndsWith("Did you mean 'eu-emission-1994'?", d.Message, StringComparison.Ordinal);
    }
}
