using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>Oracle 7 of §7.5 (structural checks) and reproducibility.</summary>
public class UnrestStructureTests
{
    private static readonly UnrestPreset[] Presets = Enum.GetValues<UnrestPreset>();

    [Property(MaxTest = 24)]
    public Property Step_AnyPresetAndSeed_QuietPlusActivePlusJailedIsN(ulong seed, byte presetIndex, bool movement)
    {
        // Given any preset, seed and movement switch, When 40 ticks run, Then the three counts sum to N every tick
        // and L stays in [0, 1].
        var options = UnrestOptions.FromPreset(Presets[presetIndex % Presets.Length]) with
        {
            Width = 24,
            Height = 24,
            AgentMovement = movement,
            Legitimacy = 0.6,
            MaxJailTerm = 5,
            LegitimacyLaw = new LinearErosionLegitimacy(0.01),
        };
        var run = new UnrestModel(options).Run(40, seed);
        var n = run.Ticks[0].Agents;
        return run.Ticks.All(t => t.Agents == n && t.Legitimacy is >= 0 and <= 1).Label($"N = {n}");
    }

    [Fact]
    public void Step_InfiniteJail_EachArrestJailsExactlyOneActive()
    {
        // Given J = ∞ (no releases), When the model runs, Then the jailed count equals the cumulative arrests every tick.
        var model = new UnrestModel(UnrestRuns.Run(4));
        var rng = new Xoshiro256StarStar(3);
        var state = model.CreateInitialState(rng);
        for (var t = 0; t < 120; t++)
        {
            var before = state;
            state = model.Next(state, rng);
            Assert.Equal(state.CumulativeArrests, state.Jailed);
            Assert.Equal(before.Jailed + state.Arrests, state.Jailed);
        }

        Assert.True(state.Jailed > 0, "the jump at τ = 77 should lead to arrests");
    }

    [Theory]
    [InlineData(JailTermRule.OneToJ)]
    [InlineData(JailTermRule.ZeroToJMinus1)]
    [InlineData(JailTermRule.ZeroToJ)]
    public void Draw_FiniteRule_CoversExactlyItsRange(JailTermRule rule)
    {
        // Given 20,000 draws with J_max = 6, Then every draw lies in the rule's range and both ends occur
        // (each end has probability ≥ 1/7, so missing one has probability < (6/7)^20000).
        var rng = new Xoshiro256StarStar(5);
        var (min, max) = JailTermDistribution.Range(rule, 6);
        var seen = new HashSet<int>();
        for (var k = 0; k < 20_000; k++)
        {
            var term = JailTermDistribution.Draw(rule, 6, rng);
            Assert.InRange(term, min, max);
            seen.Add(term);
        }

        Assert.Equal(max - min + 1, seen.Count);
    }

    [Theory]
    [InlineData(UnrestPreset.Statecraft)]
    [InlineData(UnrestPreset.NetLogo)]
    [InlineData(UnrestPreset.Mesa)]
    public void Step_JailedAgents_HaveTermsWithinTheDrawnRange(UnrestPreset preset)
    {
        var options = UnrestOptions.FromPreset(preset) with { Legitimacy = 0.7, MaxJailTerm = 8 };
        var model = new UnrestModel(options);
        var rng = new Xoshiro256StarStar(9);
        var state = model.CreateInitialState(rng);
        var (_, max) = JailTermDistribution.Range(options.JailTerm, options.MaxJailTerm);
        for (var t = 0; t < 30; t++)
        {
            state = model.Next(state, rng);
            for (var i = 0; i < state.Agents; i++)
            {
                if (state.StateOf(i) == AgentState.Jailed)
                {
                    Assert.InRange(state.JailTerms[i], 0, max);
                }
            }
        }
    }

    [Fact]
    public void Step_NoEmptySite_ActorsStayPut()
    {
        // Given a full lattice (agents 0.96 + cops 0.04) and L = 1 (no one active, so no arrest frees a site),
        var options = new UnrestOptions { Width = 25, Height = 25, AgentDensity = 0.96, CopDensity = 0.04, Legitimacy = 1 };
        var model = new UnrestModel(options);
        var rng = new Xoshiro256StarStar(1);
        var before = model.CreateInitialState(rng);

        // When a tick runs, Then no agent and no cop has moved.
        var after = model.Next(before, rng);
        Assert.Equal(before.AgentX.ToArray(), after.AgentX.ToArray());
        Assert.Equal(before.AgentY.ToArray(), after.AgentY.ToArray());
        Assert.Equal(before.CopX.ToArray(), after.CopX.ToArray());
    }

    [Fact]
    public void Step_Movement_KeepsAtMostOneFreeActorPerSiteOffLattice()
    {
        var model = new UnrestModel(new UnrestOptions { Legitimacy = 0.75 });
        var rng = new Xoshiro256StarStar(21);
        var state = model.CreateInitialState(rng);
        for (var t = 0; t < 25; t++)
        {
            state = model.Next(state, rng);
            var sites = new HashSet<(int, int)>();
            for (var i = 0; i < state.Agents; i++)
            {
                if (state.AgentX[i] >= 0)
                {
                    Assert.True(sites.Add((state.AgentX[i], state.AgentY[i])), $"two actors on one site at tick {state.Tick}");
                }
            }

            for (var c = 0; c < state.Cops; c++)
            {
                Assert.True(sites.Add((state.CopX[c], state.CopY[c])), $"two actors on one site at tick {state.Tick}");
            }
        }
    }

    [Fact]
    public void Run_SameSeed_IsBitIdenticalAndPureStepsMatchTheInPlaceRunner()
    {
        // Given one seed, When the model runs twice and also step by step through the pure API,
        var model = new UnrestModel(UnrestRuns.Run(2));
        var a = model.Run(200, 123);
        var b = model.Run(200, 123);
        var rng = new Xoshiro256StarStar(123);
        var state = model.CreateInitialState(rng);
        var first = state;
        var pure = new List<UnrestTick> { state.Counts };
        for (var t = 0; t < 200; t++)
        {
            state = model.Next(state, rng);
            pure.Add(state.Counts);
        }

        // Then the tick series are identical, and the initial state was not mutated by stepping.
        Assert.Equal(a.Ticks.ToArray(), b.Ticks.ToArray());
        Assert.Equal(a.Ticks.ToArray(), pure.ToArray());
        Assert.Equal(0, first.Tick);
        Assert.Equal(first.Agents, first.Quiet);
    }

    [Fact]
    public void Run_DifferentSeeds_Differ()
    {
        var model = new UnrestModel(UnrestRuns.Run(2));
        Assert.NotEqual(model.Run(100, 1).Ticks.ToArray(), model.Run(100, 2).Ticks.ToArray());
    }

    [Fact]
    public void Create_ExactCountPlacement_PlacesRoundedCounts()
    {
        var state = new UnrestModel(UnrestRuns.Run(2)).CreateInitialState(new Xoshiro256StarStar(1));
        Assert.Equal(1120, state.Agents);
        Assert.Equal(64, state.Cops);
        var mesa = new UnrestModel(UnrestRuns.Run(3, UnrestPreset.Mesa)).CreateInitialState(new Xoshiro256StarStar(1));
        Assert.Equal(1600 * 0.774, mesa.Agents + mesa.Cops, 120.0);
    }

    [Fact]
    public void Validate_VisionWiderThanLattice_Throws()
    {
        var options = new UnrestOptions { Width = 10, Height = 10 };
        var e = Assert.ThrowsAny<ArgumentOutOfRangeException>(options.Validate);
        Assert.StartsWith("width = 10 is outside the allowed range: a number in [15, 100000] (at least 2·⌊vision⌋ + 1).", e.Message, StringComparison.Ordinal);
    }
}
