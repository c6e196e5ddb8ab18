using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class UncertaintySpecTests
{
    private static readonly UncertaintySpec Spec = new()
    {
        PositionShare = 0.05,
        Overrides =
        [
            new UncertaintyOverride("usa", "gaza") { PositionShare = 0.01 },
            new UncertaintyOverride(null, "gaza") { PositionShare = 0.2, SalienceSigma = 0.4 },
            new UncertaintyOverride("usa", null) { PositionShare = 0.1, CapabilitySigma = 0 },
            new UncertaintyOverride(null, "gaza") { PositionShare = 0.3 },
        ],
    };

    [Theory]
    [InlineData("usa", "gaza", 0.01)]
    [InlineData("usa", "iran", 0.1)]
    [InlineData("egypt", "gaza", 0.3)]
    [InlineData("egypt", "iran", 0.05)]
    public void PositionShareFor_Overrides_MostSpecificThenLatestWins(string actor, string issue, double expected)
    {
        Assert.Equal(expected, Spec.PositionShareFor(actor, issue));
    }

    [Fact]
    public void SalienceAndCapabilitySigmaFor_UnsetAtOneLevel_FallBackToTheNextLevel()
    {
        Assert.Equal(0.4, Spec.SalienceSigmaFor("usa", "gaza"));
        Assert.Equal(0.2, Spec.SalienceSigmaFor("usa", "iran"));
        Assert.Equal(0, Spec.CapabilitySigmaFor("usa"));
        Assert.Equal(0.2, Spec.CapabilitySigmaFor("egypt"));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void PositionShare_OutOfRange_Throws(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new UncertaintySpec { PositionShare = value });
        Assert.Equal("PositionShare", ex.ParamName);
    }

    [Fact]
    public void Overrides_CapabilitySigmaForOneIssue_ThrowsWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => new UncertaintySpec { Overrides = [new UncertaintyOverride("a", "x") { CapabilitySigma = 0.1 }] });
        Assert.StartsWith("override (a, x): capability is per actor, so an override for one issue cannot set its sigma.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentEquals_SameValuesDifferentInstances_True_DifferentOverride_False()
    {
        var a = new UncertaintySpec { Overrides = [new UncertaintyOverride("a", null) { SalienceSigma = 0.3 }] };
        var b = new UncertaintySpec { Overrides = [new UncertaintyOverride("a", null) { SalienceSigma = 0.3 }] };
        var c = new UncertaintySpec { Overrides = [new UncertaintyOverride("a", null) { SalienceSigma = 0.4 }] };
        Assert.True(a.ContentEquals(b));
        Assert.False(a.ContentEquals(c));
    }

    [Fact]
    public void ScenarioContentEquals_ComparesUncertaintyAndWithActorsKeepsIt()
    {
        // Given
        var scenario = SyntheticScenarios.Create(2, 1);
        var withSpec = scenario with { Uncertainty = new UncertaintySpec { PositionShare = 0.1 } };

        // When
        var copy = withSpec.WithActors(withSpec.Actors, withSpec.Stances);

        // Then
        Assert.False(scenario.ContentEquals(withSpec));
        Assert.True(withSpec.ContentEquals(withSpec with { Uncertainty = new UncertaintySpec { PositionShare = 0.1 } }));
        Assert.True(copy.ContentEquals(withSpec));
    }

    [Fact]
    public void Restrict_DroppedActor_RemovesItsOverrides()
    {
        var restricted = Spec.Restrict(a => a != "usa", _ => true);
        Assert.Equal(2, restricted.Overrides.Length);
        Assert.All(restricted.Overrides, o => Assert.Null(o.ActorId));
    }
}
