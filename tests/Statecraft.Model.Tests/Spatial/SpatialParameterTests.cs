using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Spatial;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>Every value of every KTAB parameter runs in both modes; KTAB's aborts are reproduced only in compatible mode (§3.16–3.17).</summary>
public sealed class SpatialParameterTests
{
    public static TheoryData<string, string, string> EveryValue()
    {
        var data = new TheoryData<string, string, string>();
        void Add<TEnum>(string option)
            where TEnum : struct, Enum
        {
            foreach (var value in Enum.GetNames<TEnum>())
            {
                data.Add(option, ModelSettings.ToKebab(value), "ktab-compatible");
                data.Add(option, ModelSettings.ToKebab(value), "corrected");
            }
        }

        Add<SmpVictoryProbModel>("victory-prob-model");
        Add<SmpPceModel>("pce-model");
        Add<SmpStateTransitions>("state-transitions");
        Add<SmpVotingRule>("voting-rule");
        Add<SmpBigRAdjust>("big-r-adjust");
        Add<SmpBigRRange>("big-r-range");
        Add<SmpThirdPartyCommit>("third-party-commit");
        Add<SmpBargainInterpolation>("inter-vec-brgn");
        Add<SmpBargainModel>("bargn-model");
        Add<SmpResolutionWeights>("resolution-weights");
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryValue))]
    public void SoePolComp_EveryParameterValue_RunsToStoppingRule(string option, string value, string mode)
    {
        // Given SOE-Pol-Comp with one parameter changed
        var scenario = KtabCsv.Load("SOE-Pol-Comp.csv");
        var settings = ModelSettings.Empty.With(option, value).With("mode", mode);

        // When BigRAdjust = Full runs in compatible mode, Then it aborts as KTAB does (Q3)
        if (option == "big-r-adjust" && value == "full" && mode == "ktab-compatible")
        {
            var e = Assert.Throws<SmpSanityCheckException>(() => SpatialModel.Simulate(scenario, settings, ModelRunContext.Default));
            Assert.Equal("Q3", e.Quirk);
            Assert.Equal(0, e.Turn);
            return;
        }

        // Otherwise it runs to the stopping rule with positions on [0, 1]
        var result = SpatialModel.Simulate(scenario, settings, ModelRunContext.Default);
        Assert.InRange(result.Turns, 2, 100);
        Assert.All(result.Final.Positions, x => Assert.InRange(x, 0, 1));
        Assert.All(result.States, s => Assert.Equal(1, s.Clusters.Sum(c => c.Probability), 1e-9));
    }

    [Fact]
    public void AllActorsAtOnePoint_Compatible_AbortsAsKtabDoes()
    {
        // Given three actors at the same point, every position is equally likely to prevail (Q5)
        var p = SmpProblem.Create(1, [1.0, 2, 3], [0.5, 0.5, 0.5], [0.5, 0.4, 0.3]);

        // Then KTAB-compatible mode stops with Q5 at turn 0, and the message says how to run past it
        var e = Assert.Throws<SmpSanityCheckException>(() => SmpSimulation.Run(p, SmpOptions.Default, 1));
        Assert.Equal("Q5", e.Quirk);
        Assert.Equal("KTAB aborts at turn 0 (Q5): every position is equally likely to prevail, so the risk-attitude range divides by zero. Use mode=corrected to run past this check.", e.Message);
    }

    [Fact]
    public void AllActorsAtOnePoint_Corrected_NobodyMoves()
    {
        // Given the same three actors, When run in corrected mode (R = 0 for all)
        var p = SmpProblem.Create(1, [1.0, 2, 3], [0.5, 0.5, 0.5], [0.5, 0.4, 0.3]);
        var result = SmpSimulation.Run(p, SmpOptions.Default with { Mode = SmpMode.Corrected }, 1);

        // Then nobody moves, the run stops at the earliest turn, and the one cluster is certain
        Assert.Equal(2, result.Turns);
        Assert.Empty(result.Moves);
        Assert.All(result.States, s => Assert.Equal([0.5, 0.5, 0.5], s.Positions.ToArray()));
        Assert.Equal(1, Assert.Single(result.Final.Clusters).Probability);
    }

    [Fact]
    public void MaxTurns_CapsTheRun()
    {
        var result = SpatialModel.Simulate(KtabCsv.Load("SOE-Pol-Comp.csv"), ModelSettings.Empty.With("rounds", "5"), ModelRunContext.Default);
        Assert.Equal(5, result.Turns);
        Assert.Equal(SmpStopReason.MaxTurns, result.StopReason);
    }

    [Fact]
    public void IdentityAffinityOption_MatchesTheDefault()
    {
        // Given an explicit identity accommodation matrix, Then the run equals the default one (A = I)
        var scenario = KtabCsv.Load("SOE-Pol-Comp.csv");
        var a = SpatialModel.Simulate(scenario, ModelSettings.Empty, ModelRunContext.Default);
        var b = SpatialModel.Simulate(scenario, ModelSettings.Empty.With("ideal-adjustment", "XJ:XJ=1;WY:WY=1"), ModelRunContext.Default);
        Assert.Equal(a.Final.Positions.ToArray(), b.Final.Positions.ToArray());
    }

    [Fact]
    public void Affinity_UnknownActor_IsRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => SpatialModel.Simulate(KtabCsv.Load("SOE-Pol-Comp.csv"), ModelSettings.Empty.With("affinity", "XJ>Nobody=0.5"), ModelRunContext.Default));
        Assert.Equal("option 'affinity' = 'XJ>Nobody=0.5' is not allowed; expected entries 'adjusting:reference=value' separated by ';', with actor ids that take part and values in [0, 1].", e.Message);
    }
}
