using System.Collections.Immutable;
using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Storage.Tests;

public sealed class ScenarioCanonicalFormTests
{
    private static Scenario Rich() =>
        new(
            new ScenarioMetadata("Gaza ceasefire, Oct 2025") { Description = "Two-issue test", AsOf = new DateOnly(2025, 10, 9), Sources = ["a", "b"], Assumptions = ["c"] },
            [new Actor("isr", "Israel", 0.9, "gov", "g1"), new Actor("ham", "Hamas", 0.1)],
            [
                new Issue("cf", "Ceasefire", new IssueScale(0, 100, [new ScaleLabel(100, "lasting"), new ScaleLabel(0, "war")]))
                {
                    Description = "d", ReferencePoint = 0, Outcome = 62.5, Group = "deal", Flags = ["armed-conflict"],
                    Conflict = new ArmedConflict(["isr", "ham"], 0.3, 50) { CostByActor = ImmutableDictionary<string, double>.Empty.Add("ham", 0.7) },
                },
                new Issue("hostages", "Hostages", new IssueScale(-1, 1)),
            ],
            [new Stance("isr", "cf", 20, 0.8), new Stance("ham", "cf", 80, 1, 0.2), new Stance("isr", "hostages", 1.0 / 3, 0.1)])
        {
            Seed = 99,
            Rationales = ImmutableDictionary<string, string>.Empty.Add("actors.isr.capability", "assumption").Add("a.b", "c"),
            ModelSettings = ImmutableDictionary<string, ModelSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)
                .Add("EU", ModelSettings.Empty.With("Preset", "scholz-code").With("rounds", "7")),
            Uncertainty = new UncertaintySpec { PositionShare = 0.1, Overrides = [new UncertaintyOverride("ham", null) { CapabilitySigma = 0.5 }, new UncertaintyOverride(null, "cf") { PositionShare = 0.02 }] },
            Arena = new DomesticArena("isr") { Seed = 7, Unrest = ModelSettings.Empty.With("legitimacy", "0.8"), Coupling = ModelSettings.Empty.With("alpha", "0.2") },
        };

    [Fact]
    public void Hash_ArenaOptionChanges_HashChanges()
    {
        // Given
        var a = Rich();
        var b = a with { Arena = a.Arena! with { Unrest = ModelSettings.Empty.With("legitimacy", "0.81") } };

        // When / Then
        Assert.NotEqual(ScenarioCanonicalForm.Hash(a), ScenarioCanonicalForm.Hash(b));
        Assert.NotEqual(ScenarioCanonicalForm.Hash(a), ScenarioCanonicalForm.Hash(a with { Arena = null }));
    }

    [Fact]
    public void Read_TextStoredBeforeTheArenaJoinedTheForm_ReadsWithoutArena()
    {
        // Given: a canonical text with the trailing arena member cut off, as older run stores hold them.
        var scenario = Rich() with { Arena = null };
        var text = ScenarioCanonicalForm.Write(scenario);
        var older = text.Replace(",\"arena\":null}", "}", StringComparison.Ordinal);
        Assert.NotEqual(text, older);

        // When
        var back = ScenarioCanonicalForm.Read(older);

        // Then
        Assert.True(scenario.ContentEquals(back));
    }

    [Fact]
    public void ReadWrite_RichScenario_RoundTripsToContentEqualScenario()
    {
        // Given
        var scenario = Rich();

        // When
        var text = ScenarioCanonicalForm.Write(scenario);
        var back = ScenarioCanonicalForm.Read(text);

        // Then
        Assert.True(back.ContentEquals(scenario));
        Assert.Equal(text, ScenarioCanonicalForm.Write(back));
    }

    [Property(MaxTest = 50)]
    public void ReadWrite_SyntheticScenarios_RoundTripBitForBit(ulong seed, byte actors, byte issues)
    {
        var scenario = SyntheticScenarios.Create(1 + (actors % 8), 1 + (issues % 4), seed);
        var back = ScenarioCanonicalForm.Read(ScenarioCanonicalForm.Write(scenario));
        Assert.True(back.ContentEquals(scenario));
        Assert.Equal(scenario.Stances.Select(s => BitConverter.DoubleToInt64Bits(s.Position)), back.Stances.Select(s => BitConverter.DoubleToInt64Bits(s.Position)));
    }

    [Fact]
    public void Write_SmallScenario_GoldenText()
    {
        // Given
        var scenario = new Scenario(new ScenarioMetadata("t"), [new Actor("a", "A", 1)], [new Issue("x", "X", IssueScale.Percent)], [new Stance("a", "x", 0.1, 0.5)]);

        // When
        var text = ScenarioCanonicalForm.Write(scenario);

        // Then
        Assert.Equal(
            """{"format":"statecraft-scenario/1","metadata":{"title":"t","description":null,"asOf":null,"sources":[],"assumptions":[]},"actors":[{"id":"a","name":"A","capability":1,"description":null,"group":null}],"issues":[{"id":"x","name":"X","scale":{"min":0,"max":100,"labels":[]},"description":null,"referencePoint":null,"outcome":null,"group":null,"flags":[],"conflict":null}],"stances":[{"actor":"a","issue":"x","position":0.1,"salience":0.5,"capability":null}],"modelSettings":{},"rationales":{},"seed":null,"uncertainty":null,"arena":null}""",
            text);
        Assert.Equal(64, ScenarioCanonicalForm.Hash(scenario).Length);
    }

    [Fact]
    public void Hash_EqualContentDifferentSettingOrderAndCase_SameHash()
    {
        // Given
        var a = Rich();
        var b = a with
        {
            ModelSettings = ImmutableDictionary<string, ModelSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)
                .Add("eu", ModelSettings.Empty.With("rounds", "7").With("preset", "scholz-code")),
        };

        // When / Then
        Assert.Equal(ScenarioCanonicalForm.Hash(a), ScenarioCanonicalForm.Hash(b));
    }

    [Fact]
    public void Hash_OneNumberChangesInTheLastBit_HashChanges()
    {
        var a = SyntheticScenarios.Create(3, 2);
        var st = a.Stances[4];
        var b = a.WithStances(a.Stances.SetItem(4, st with { Position = Math.BitIncrement(st.Position) }));
        Assert.NotEqual(ScenarioCanonicalForm.Hash(a), ScenarioCanonicalForm.Hash(b));
    }

    [Fact]
    public void Read_WrongFormat_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => ScenarioCanonicalForm.Read("""{"format":"other/9"}"""));
        Assert.Equal("Not a canonical scenario text (statecraft-scenario/1): format is 'other/9', expected 'statecraft-scenario/1'", ex.Message);
    }
}
