using FsCheck.Xunit;
using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Shocks;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class ShockTests
{
    private static readonly Scenario Three = new(
        new ScenarioMetadata("three"),
        [new Actor("a", "A", 1), new Actor("b", "B", 2), new Actor("c", "C", 3)],
        [new Issue("x", "X", IssueScale.Percent)],
        [new Stance("a", "x", 30, 1), new Stance("b", "x", 50, 0.5), new Stance("c", "x", 70, 1)])
    {
        Uncertainty = new UncertaintySpec { Overrides = [new UncertaintyOverride("c", null) { PositionShare = 0.2 }] },
    };

    [Theory]
    [MemberData(nameof(HandComputed))]
    public void Compare_SingleShock_HandComputedCompromiseAfter(Shock shock, double after)
    {
        // When
        var result = WhatIf.Compare(new CompromiseModel(), Three, ModelSettings.Empty, [shock], ModelRunContext.Default);

        // Then
        var change = result.Changes.Single();
        Assert.Equal(58, change.Before!.Value, 12);
        Assert.Equal(after, change.After!.Value, 12);
        Assert.Equal(after - 58, change.Delta!.Value, 12);
    }

    public static TheoryData<Shock, double> HandComputed() => new()
    {
        { new DropActorShock("c"), 40 },                  // (30 + 50)/2
        { new SalienceShock("c", "x", 0), 40 },           // c no longer counts
        { new CapabilityShock("c", 1), 50 },              // (30 + 50 + 70)/3
        { new PositionShock("a", "x", 80), 68 },          // (80 + 50 + 210)/5
        { new MergeActorsShock("a", "b"), 58 },           // a merger keeps the weighted mean
    };

    [Fact]
    public void MergeActors_TwoActors_PoolsCapabilityAndWeightAveragesThePosition()
    {
        // When
        var merged = new MergeActorsShock("a", "b", "ab", "A and B").Apply(Three);

        // Then: c = 1 + 2, weight 1·1 + 2·0.5 = 2, so s = 2/3 and x = (1·30 + 1·50)/2.
        Assert.Equal(["ab", "c"], merged.Actors.Select(a => a.Id).ToArray());
        Assert.Equal(new Actor("ab", "A and B", 3), merged.Actors[0]);
        Assert.True(merged.TryGetStance("ab", "x", out var st));
        Assert.Equal(40, st.Position, 12);
        Assert.Equal(2.0 / 3, st.Salience, 15);
        Assert.Null(st.Capability);
    }

    [Property(MaxTest = 40)]
    public void MergeActors_AnyScenario_CompromiseForecastUnchanged(ulong seed)
    {
        // Given
        var scenario = SyntheticScenarios.Create(5, 3, seed);
        var model = new CompromiseModel();

        // When
        var result = WhatIf.Compare(model, scenario, ModelSettings.Empty, [new MergeActorsShock("a1", "a3")], ModelRunContext.Default);

        // Then: equal up to rounding in the sums.
        Assert.All(result.Changes, c => Assert.True(Math.Abs(c.Delta!.Value) <= 1e-12 * 100, $"{c.IssueId}: {c.Delta}"));
        Assert.Equal(4, result.Shocked.Actors.Length);
    }

    [Fact]
    public void DropActor_RemovesItsUncertaintyOverrides()
    {
        var dropped = new DropActorShock("c").Apply(Three);
        Assert.Empty(dropped.Uncertainty!.Overrides);
        Assert.False(dropped.TryGetStance("c", "x", out _));
    }

    [Fact]
    public void Apply_UnknownActor_ListsTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DropActorShock("usa").Apply(Three));
        Assert.StartsWith("Unknown actor 'usa'. Known actors: a, b, c.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void SalienceShock_OutOfRange_Throws(double salience)
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalienceShock("a", "x", salience).Apply(Three));
        Assert.Equal($"Salience {salience} is out of range [0, 1].", ex.Message);
    }

    [Fact]
    public void Apply_SeveralShocks_AppliedInOrder()
    {
        var shocked = WhatIf.Apply(Three, [new MergeActorsShock("a", "b"), new DropActorShock("c")]);
        Assert.Equal(["a"], shocked.Actors.Select(a => a.Id).ToArray());
        Assert.Equal("merge 'a' and 'b' into 'a'", new MergeActorsShock("a", "b").Description);
    }
}
