using FsCheck.Xunit;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class PerturbationPlanTests
{
    [Theory]
    [InlineData(50, 50)]
    [InlineData(0, 0)]
    [InlineData(100, 100)]
    [InlineData(105, 95)]
    [InlineData(-3, 3)]
    [InlineData(250, 50)]
    [InlineData(-150, 50)]
    [InlineData(300, 100)]
    [InlineData(-200, 0)]
    public void Reflect_ValuesOnAndOffTheScale_MirrorAtEachEnd(double value, double expected)
    {
        Assert.Equal(expected, PerturbationPlan.Reflect(value, 0, 100), 12);
    }

    [Fact]
    public void Create_Layout_CapabilitiesThenPositionAndSaliencePerStance()
    {
        // Given
        var scenario = SyntheticScenarios.Create(2, 2);
        var spec = new UncertaintySpec { PositionShare = 0.1 };

        // When
        var plan = PerturbationPlan.Create(scenario, spec);

        // Then
        Assert.Equal(2 + (2 * 4), plan.Count);
        Assert.Equal(new UncertainInput(InputKind.Capability, "a0", null, 0.2), plan.Inputs[0]);
        Assert.Equal(new UncertainInput(InputKind.Capability, "a1", null, 0.2), plan.Inputs[1]);
        Assert.Equal(new UncertainInput(InputKind.Position, "a0", "i0", 10), plan.Inputs[2]);
        Assert.Equal(new UncertainInput(InputKind.Salience, "a0", "i0", 0.2), plan.Inputs[3]);
        Assert.Equal("position(a0, i0)", plan.Inputs[2].Name);
        Assert.Equal("capability(a1)", plan.Inputs[1].Name);
    }

    [Fact]
    public void Apply_KnownDraws_HandComputedScenario()
    {
        // Given
        var scenario = new Scenario(
            new ScenarioMetadata("hand"),
            [new Actor("a", "A", 2)],
            [new Issue("x", "X", new IssueScale(0, 10))],
            [new Stance("a", "x", 9, 0.8, 4)]);
        var spec = new UncertaintySpec { PositionShare = 0.1, SalienceSigma = 0.5, CapabilitySigma = 0.25 };
        var plan = PerturbationPlan.Create(scenario, spec);

        // When: z = (capability 2, position 3, salience 1).
        var perturbed = plan.Apply([2, 3, 1]);

        // Then: c = 2e^0.5, stance c = 4e^0.5, x = reflect(9 + 1·3) = 8, s = min(1, 0.8e^0.5) = 1.
        Assert.Equal(2 * Math.Exp(0.5), perturbed.Actors[0].Capability, 14);
        Assert.Equal(4 * Math.Exp(0.5), perturbed.Stances[0].Capability!.Value, 14);
        Assert.Equal(8, perturbed.Stances[0].Position, 12);
        Assert.Equal(1, perturbed.Stances[0].Salience);
    }

    [Property(MaxTest = 50)]
    public void Apply_RandomDraws_EveryNumberStaysInItsRange(ulong seed)
    {
        // Given: large noise, so reflections and salience clamps happen often.
        var scenario = SyntheticScenarios.Create(4, 3, seed);
        var plan = PerturbationPlan.Create(scenario, new UncertaintySpec { PositionShare = 0.8, SalienceSigma = 2, CapabilitySigma = 3 });
        var z = new double[plan.Count];
        plan.Draw(new Xoshiro256StarStar(seed), z);

        // When
        var perturbed = plan.Apply(z);

        // Then
        Assert.All(perturbed.Stances, s => Assert.InRange(s.Position, 0, 100));
        Assert.All(perturbed.Stances, s => Assert.InRange(s.Salience, 0, 1));
        Assert.All(perturbed.Actors, a => Assert.True(a.Capability > 0 && double.IsFinite(a.Capability)));
    }

    [Property(MaxTest = 30)]
    public void Apply_ZeroNoise_ReturnsContentEqualScenario(ulong seed)
    {
        // Given
        var scenario = SyntheticScenarios.Create(3, 2, seed);
        var plan = PerturbationPlan.Create(scenario, UncertaintySpec.None);
        var z = new double[plan.Count];
        plan.Draw(new Xoshiro256StarStar(seed), z);

        // When / Then
        Assert.True(plan.Apply(z).ContentEquals(scenario));
    }

    [Fact]
    public void Create_OverrideNamesUnknownActor_Throws()
    {
        var spec = new UncertaintySpec { Overrides = [new UncertaintyOverride("zz", null) { PositionShare = 0.2 }] };
        var ex = Assert.Throws<ArgumentException>(() => PerturbationPlan.Create(SyntheticScenarios.Create(2, 1), spec));
        Assert.StartsWith("The uncertainty override names unknown actor 'zz'.", ex.Message, StringComparison.Ordinal);
    }
}
