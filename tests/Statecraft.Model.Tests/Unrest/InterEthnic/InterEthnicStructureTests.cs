using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic;
using Statecraft.Model.Unrest.InterEthnic.Options;

namespace Statecraft.Model.Tests.Unrest.InterEthnic;

/// <summary>Hand-computed cases and structural laws of Model II that hold on every seed.</summary>
public class InterEthnicStructureTests
{
    [Fact]
    public void HighLegitimacy_NobodyIsEverActiveOrKilled_EvenWithCops()
    {
        // Given L = 0.9 = 1 − T: G = H·(1 − L) = 0.1·H < 0.1 = T for every H in [0, 1), so G − R·P > T never holds,
        var model = new InterEthnicModel(InterEthnicRuns.Run("ii-coexistence") with { CopDensity = 0.04 });
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            // When the run goes on for 300 ticks,
            var run = model.Run(300, seed);

            // Then nobody is active, killed or arrested on any tick, and both groups live on.
            Assert.All(run.Ticks, t => Assert.Equal((0, 0, 0), (t.Active, t.Killed, t.Arrests)));
            Assert.Null(run.GenocideTick);
        }
    }

    [Theory]
    [InlineData(KillingActivation.TargetInView)]
    [InlineData(KillingActivation.Always)]
    public void LoneGroup_CannotKill(KillingActivation activation)
    {
        // Given a Blue-only population with a strong grievance (L = 0.2, so 1 − T/(1 − L) = 87.5 % would be active undeterred),
        var options = InterEthnicRuns.Run("ii-genocide") with { BlueShare = 1, BlueLegitimacy = 0.2, KillingActivation = activation };

        // When it runs for 100 ticks,
        var run = new InterEthnicModel(options).Run(100, 5);

        // Then nobody is ever killed and no Green agent ever exists; with no target in view nobody goes active unless
        // the variant lets agents be active without a target.
        Assert.All(run.Ticks, t => Assert.Equal((0, 0), (t.Killed, t.Green)));
        var everActive = run.Ticks.Any(t => t.Active > 0);
        Assert.Equal(activation == KillingActivation.Always, everActive);
        Assert.Null(run.GenocideTick);
    }

    [Theory]
    [InlineData("ii-genocide")]
    [InlineData("ii-nasty-regime")]
    [InlineData("ii-safe-havens")]
    public void PopulationChange_IsBirthsMinusDeathsMinusKillings(string name)
    {
        // Given a named run with killing, births and deaths,
        var run = new InterEthnicModel(InterEthnicRuns.Run(name)).Run(250, 11);

        // Then every tick's change in population is exactly births − natural deaths − killings,
        for (var k = 1; k < run.Ticks.Length; k++)
        {
            var (before, after) = (run.Ticks[k - 1], run.Ticks[k]);
            Assert.Equal(after.Births - after.Deaths - after.Killed, after.Population - before.Population);
            Assert.Equal(before.CumulativeKilled + after.Killed, after.CumulativeKilled);
        }

        // and the run saw all three.
        Assert.True(run.Ticks.Sum(t => t.Births) > 0 && run.Ticks.Sum(t => t.Deaths) > 0 && run.TotalKilled > 0);
    }

    [Theory]
    [InlineData("ii-genocide", 3UL)]
    [InlineData("ii-nasty-regime", 4UL)]
    [InlineData("ii-withdrawal", 6UL)]
    public void EveryTick_SitesAgentsAndCopsAgree_AndClonesLandOnEmptyNeighbouringSites(string name, ulong seed)
    {
        var options = InterEthnicRuns.Run(name);
        var simulation = InterEthnicSimulation.Create(options, new Xoshiro256StarStar(seed));
        InterEthnicChecks.AssertConsistent(simulation);
        for (var t = 0; t < 150; t++)
        {
            simulation.Step();
            InterEthnicChecks.AssertConsistent(simulation);
            foreach (var (parent, child) in simulation.Births)
            {
                // A clone stands on one of the eight sites around its parent's site (on the torus), and is a newborn
                // there: had the site been taken, the consistency check above would have found two claims on it.
                Assert.Equal(1, InterEthnicChecks.ChebyshevDistance(parent, child, options.Width, options.Height));
                var slot = simulation.Occupants[child];
                Assert.True(slot >= 0, $"tick {t + 1}: no agent at the child's site");
                Assert.Equal(0, simulation.Ages[slot]);
            }

            Assert.Equal(simulation.Counts.Births, simulation.Births.Count);
            Assert.Equal(simulation.Births.Count, simulation.Births.Select(b => b.ChildSite).Distinct().Count());
        }
    }

    [Fact]
    public void DeathAges_AreUniformOnOneToMaxAge_AndEveryoneDiesOnTime()
    {
        // Given no cloning, no killing (L = 0.9) and death ages uniform on {1, …, 5}, every initial agent aged 0,
        var options = InterEthnicRuns.Run("ii-coexistence") with { CloneProbability = 0, MaxAge = 5 };
        var simulation = InterEthnicSimulation.Create(options, new Xoshiro256StarStar(9));
        var deathAges = simulation.DeathAges.ToArray();
        Assert.All(deathAges, d => Assert.InRange(d, 1, 5));
        Assert.Equal(5, deathAges.Distinct().Count());

        // When the run plays five ticks, Then after tick τ exactly the agents with death age > τ are alive.
        for (var tau = 1; tau <= 5; tau++)
        {
            var counts = simulation.Step();
            Assert.Equal(deathAges.Count(d => d > tau), counts.Population);
            Assert.Equal(deathAges.Count(d => d == tau), counts.Deaths);
        }
    }

    [Fact]
    public void SameSeed_GivesBitIdenticalRuns_AcrossThreadCounts_AndAnotherSeedDiffers()
    {
        var model = new InterEthnicModel(InterEthnicRuns.Run("ii-nasty-regime"));
        ulong[] seeds = [21, 22, 23, 24];

        var sequential = model.RunMany(200, seeds, maxDegreeOfParallelism: 1);
        var parallel = model.RunMany(200, seeds, maxDegreeOfParallelism: 4);
        var again = model.Run(200, 21);

        // (ImmutableArray's own equality compares references, so the ticks are compared as arrays, element by element.)

        for (var i = 0; i < seeds.Length; i++)
        {
            Assert.Equal(sequential[i].Ticks.ToArray(), parallel[i].Ticks.ToArray());
        }

        Assert.Equal(sequential[0].Ticks.ToArray(), again.Ticks.ToArray());
        Assert.NotEqual(sequential[0].Ticks.ToArray(), sequential[1].Ticks.ToArray());
    }

    [Fact]
    public void PureNext_PlaysTheSimulationsTicks_AndLeavesItsInputUnchanged()
    {
        // Given the pure API and the in-place runner on the same seed,
        var model = new InterEthnicModel(InterEthnicRuns.Run("ii-nasty-regime"));
        var state = model.CreateInitialState(new Xoshiro256StarStar(17));
        var pureRng = new Xoshiro256StarStar(99);
        var simulation = InterEthnicSimulation.From(state, new Xoshiro256StarStar(99));
        var start = state.Counts;
        var occupants = state.Occupants.ToArray();

        // When both play 60 ticks,
        var current = state;
        for (var t = 0; t < 60; t++)
        {
            current = model.Next(current, pureRng);
            var counts = simulation.Step();

            // Then every tick's counts and sites agree,
            Assert.Equal(counts, current.Counts);
            Assert.True(current.Occupants.SequenceEqual(simulation.Occupants), $"tick {t + 1}");
        }

        // and the initial snapshot is untouched.
        Assert.Equal(start, state.Counts);
        Assert.True(state.Occupants.SequenceEqual(occupants));
        Assert.Equal(60, simulation.ToState().Tick);
    }

    [Fact]
    public void CopSchedules_PeacekeepersArriveAtFifty_AndWithdrawalEmptiesTheLattice()
    {
        // 0.04 × 1,600 sites = 64 cops.
        var havens = new InterEthnicModel(InterEthnicRuns.Run("ii-safe-havens")).Run(80, 1);
        Assert.All(havens.Ticks, t => Assert.Equal(t.Tick < 50 ? 0 : 64, t.Cops));

        var withdrawal = new InterEthnicModel(InterEthnicRuns.Run("ii-withdrawal")).Run(120, 1);
        Assert.All(withdrawal.Ticks, t => Assert.Equal(t.Tick < 100 ? 64 : 0, t.Cops));
    }

    [Fact]
    public void Cops_ArrestMembersOfBothGroups()
    {
        // Even-handed cops: in the nasty regime each seed jails Blue and Green agents alike (before one group is gone).
        var model = new InterEthnicModel(InterEthnicRuns.Run("ii-nasty-regime"));
        foreach (var seed in new ulong[] { 1, 2, 3, 4, 5 })
        {
            var run = model.Run(300, seed, stopAtGenocide: true);
            Assert.True(run.Ticks.Any(t => t.JailedBlue > 0) && run.Ticks.Any(t => t.JailedGreen > 0), $"seed {seed}");
            Assert.All(run.Ticks, t => Assert.True(t.Active <= t.Population - t.Jailed));
        }
    }

    [Fact]
    public void Run_StopsAtGenocide_AndReportsTheVictor()
    {
        var run = new InterEthnicModel(InterEthnicRuns.Run("ii-genocide")).Run(2000, 1, stopAtGenocide: true);

        Assert.NotNull(run.GenocideTick);
        Assert.Equal(run.GenocideTick, run.Ticks[^1].Tick);
        var last = run.Ticks[^1];
        Assert.Equal(last.Blue > 0 ? EthnicGroup.Blue : EthnicGroup.Green, run.Victor);
        Assert.Equal(0, Math.Min(last.Blue, last.Green));
    }

    [Fact]
    public void Validate_RejectsAWithdrawalBeforeTheArrival()
    {
        var options = new InterEthnicOptions { CopDensity = 0.04, CopArrivalTick = 50, CopWithdrawalTick = 50 };

        var e = Assert.ThrowsAny<ArgumentOutOfRangeException>(options.Validate);
        Assert.StartsWith("cops-withdraw = 50 is outside the allowed range: an integer of 51 or more", e.Message, StringComparison.Ordinal);
    }
}
