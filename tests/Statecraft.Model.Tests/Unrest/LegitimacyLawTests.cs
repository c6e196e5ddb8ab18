using Statecraft.Model.Domain;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>The legitimacy laws of §5.14 and the settings reader.</summary>
public class LegitimacyLawTests
{
    private static readonly LegitimacyContext Context = new(
        Tick: 5, Quiet: 600, Active: 100, Jailed: 300, Agents: 1000, Arrests: 4, CumulativeArrests: 500,
        InitialLegitimacy: 0.8, Baseline: 0.8, OutburstEnded: false);

    [Fact]
    public void LinearErosion_HandComputed()
    {
        // 0.7 − 0.01·(0.3 + 0.1) = 0.696.
        Assert.Equal(0.696, new LinearErosionLegitimacy(0.01).Advance(0.7, Context, null), 12);
    }

    [Fact]
    public void Lemos_WeightedAverageAndSystemSupport_HandComputed()
    {
        // (0.8 + 0.8 + 0.6)/3 with ℓ = j = L₀ = 0.8 and κ = 0.6; at τ = 0, κ = 1: (0.8 + 0.8 + 1)/3.
        var average = new LemosFeedbackLegitimacy();
        Assert.Equal(2.2 / 3, average.Advance(0.5, Context, null), 12);
        Assert.Equal(2.6 / 3, average.Initial(0.8), 12);

        // 0.7·(1 − 0.5·(1 − 0.6)) = 0.56; L never rises under system support.
        var support = new LemosFeedbackLegitimacy { Aggregation = LemosAggregation.SystemSupport, SupportDecay = 0.5 };
        Assert.Equal(0.56, support.Advance(0.7, Context, null), 12);
        Assert.Equal(0.7, support.Advance(0.7, Context with { Quiet = 1000, Active = 0, Jailed = 0 }, null), 12);
    }

    [Fact]
    public void Synthesis_HandComputed()
    {
        // 0.7 + 0.1·(0.8 − 0.7) − m·0.2·0.1 − m·0.1·0.3 with m = 1 + 0.002·500/1000 = 1.001.
        var law = new SynthesisLegitimacy { RecoveryRate = 0.1, ActiveLoss = 0.2, JailedLoss = 0.1, EscalationPerArrest = 0.002 };
        Assert.Equal(0.7 + 0.01 - (1.001 * 0.02) - (1.001 * 0.03), law.Advance(0.7, Context, null), 12);
        var decay = new SynthesisLegitimacy { BaselineDecayPerOutburst = 0.9 };
        Assert.Equal(0.72, decay.NextBaseline(0.8, Context with { OutburstEnded = true }), 12);
        Assert.Equal(0.8, decay.NextBaseline(0.8, Context), 12);
    }

    [Fact]
    public void Synthesis_Defaults_RunIsBitIdenticalToConstant()
    {
        var constant = new UnrestModel(UnrestRuns.Run(2)).Run(300, 4);
        var synthesis = new UnrestModel(UnrestRuns.Run(2) with { LegitimacyLaw = new SynthesisLegitimacy() }).Run(300, 4);
        Assert.Equal(constant.Ticks.ToArray(), synthesis.Ticks.ToArray());
    }

    [Fact]
    public void LinearErosion_Run_LegitimacyNeverRises()
    {
        var run = new UnrestModel(UnrestRuns.Run(2) with { LegitimacyLaw = new LinearErosionLegitimacy(0.01) }).Run(300, 4);
        Assert.All(run.Ticks.Zip(run.Ticks.Skip(1)), p => Assert.True(p.Second.Legitimacy <= p.First.Legitimacy));
        Assert.True(run.Ticks[^1].Legitimacy < 0.82);
    }

    [Fact]
    public void LocalScope_Run_KeepsEveryAgentsLegitimacyInRange()
    {
        var law = new SynthesisLegitimacy { ActiveLoss = 0.5, JailedLoss = 0.5, RecoveryRate = 0.05, PerceptionScope = LegitimacyScope.Local };
        var model = new UnrestModel(UnrestRuns.Run(2) with { LegitimacyLaw = law });
        var rng = new Statecraft.Model.Randomness.Xoshiro256StarStar(8);
        var state = model.CreateInitialState(rng);
        for (var t = 0; t < 80; t++)
        {
            state = model.Next(state, rng);
        }

        var values = Enumerable.Range(0, state.Agents).Select(state.LegitimacyOf).ToList();
        Assert.All(values, l => Assert.InRange(l, 0, 1));
        Assert.True(values.Distinct().Count() > 1, "local perception should differ between agents");
    }

    [Fact]
    public void Read_PresetRunAndOverride_AppliesInOrder()
    {
        var o = UnrestSettings.Read(ModelSettings.From(new Dictionary<string, string>
        {
            ["preset"] = "netlogo",
            ["run"] = "1",
            ["cop-density"] = "0.05",
            ["max-jail-term"] = "inf",
            ["legitimacy-law"] = "linear-erosion",
        }));
        Assert.Equal((SelfCount.NetLogoDouble, 1.7, 0.89, 0.05, JailTermRule.Infinite), (o.SelfCount, o.AgentVision, o.Legitimacy, o.CopDensity, o.JailTerm));
        Assert.IsType<LinearErosionLegitimacy>(o.LegitimacyLaw);
    }

    [Fact]
    public void Read_UnknownOptionOrBadValue_ThrowsWithTheOptionName()
    {
        var unknown = Assert.Throws<ModelOptionException>(() => UnrestSettings.Read(ModelSettings.Empty.With("colour", "red")));
        Assert.Contains("colour", unknown.Message, StringComparison.Ordinal);
        var bad = Assert.Throws<ModelOptionException>(() => UnrestSettings.Read(ModelSettings.Empty.With("legitimacy", "1.7")));
        Assert.Contains("legitimacy", bad.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("width", "5", "option 'width' = '5' is not allowed; expected a number in [15, 100000] (at least 2·⌊vision⌋ + 1).")]
    [InlineData("agent-density", "0.99", "option 'agent-density + cop-density' = '1.03' is not allowed; expected a number in [0, 1].")]
    public void Read_CrossFieldRange_NamesTheOptionsAsWritten(string name, string value, string message)
    {
        // Given a value that passes its own range but breaks a constraint with another option (vision 7, cop density 0.04),
        var e = Assert.Throws<ModelOptionException>(() => UnrestSettings.Read(ModelSettings.Empty.With(name, value)));

        // Then the message names the options in kebab-case, the value and the allowed range, ending in one full stop.
        Assert.Equal(message, e.Message);
    }
}
