using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>The presets of §5.10 and the runs of §5.11.</summary>
public class UnrestPresetTests
{
    [Fact]
    public void FromPreset_NetLogo_SetsItsSwitchesAndRun2Defaults()
    {
        var o = UnrestOptions.FromPreset(UnrestPreset.NetLogo);
        Assert.Equal(
            (ArrestRatioRule.Floor, SelfCount.NetLogoDouble, true, VisionMetric.EuclideanDisc, ActivationOrder.MoveThenAct, JailPlacement.OnLatticeEmpty, JailTermRule.ZeroToJMinus1, true, true, PlacementRule.ExactCount),
            (o.ArrestRatioRule, o.SelfCount, o.CountOwnSiteCops, o.VisionMetric, o.Order, o.JailPlacement, o.JailTerm, o.CopStepsOntoArrest, o.CopsMoveWhenAgentsFrozen, o.Placement));
        Assert.Equal((0.82, 0.04, 0.7, 7.0, 7.0, 30), (o.Legitimacy, o.CopDensity, o.AgentDensity, o.AgentVision, o.CopVision, o.MaxJailTerm));
    }

    [Fact]
    public void FromPreset_Mesa_SetsItsSwitchesAndOwnDefaults()
    {
        var o = UnrestOptions.FromPreset(UnrestPreset.Mesa);
        Assert.Equal(
            (ArrestRatioRule.RoundHalfEven, SelfCount.Once, false, VisionMetric.VonNeumann, ActivationOrder.ActThenMove, JailPlacement.OnLatticeBlocking, JailTermRule.ZeroToJ, JailCountdown.OwnActivation, false, false, PlacementRule.Bernoulli),
            (o.ArrestRatioRule, o.SelfCount, o.CountOwnSiteCops, o.VisionMetric, o.Order, o.JailPlacement, o.JailTerm, o.JailCountdown, o.CopStepsOntoArrest, o.CopsMoveWhenAgentsFrozen, o.Placement));
        Assert.Equal((0.8, 0.074, 1000, 7.0), (o.Legitimacy, o.CopDensity, o.MaxJailTerm, o.AgentVision));
    }

    [Fact]
    public void FromPreset_StatecraftAndPaperText_DifferOnlyInTheRatioRule()
    {
        var statecraft = UnrestOptions.FromPreset(UnrestPreset.Statecraft);
        var paper = UnrestOptions.FromPreset(UnrestPreset.PaperText);
        Assert.Equal(ArrestRatioRule.Floor, statecraft.ArrestRatioRule);
        Assert.Equal(statecraft with { ArrestRatioRule = ArrestRatioRule.Literal }, paper);
        Assert.Equal((2.3, 0.1), (statecraft.K, statecraft.Threshold));
    }

    [Theory]
    [InlineData(1, 1.7, 0.89, 0.04, false)]
    [InlineData(2, 7.0, 0.82, 0.04, true)]
    [InlineData(3, 7.0, 0.9, 0.074, true)]
    [InlineData(4, 7.0, 0.9, 0.074, true)]
    [InlineData(5, 7.0, 0.8, 0.074, true)]
    public void Run_PaperTable2_Parameters(int run, double vision, double legitimacy, double cops, bool movement)
    {
        var o = UnrestRuns.Run(run);
        Assert.Equal((vision, vision, legitimacy, cops, movement, 40, 40), (o.AgentVision, o.CopVision, o.Legitimacy, o.CopDensity, o.AgentMovement, o.Width, o.Height));
        Assert.Equal(run >= 3 ? JailTermRule.Infinite : JailTermRule.OneToJ, o.JailTerm);
    }

    [Fact]
    public void Run_Runs3And4_AreSalamiAndJump()
    {
        var salami = (ScheduledLegitimacy)UnrestRuns.Run(3).LegitimacyLaw;
        var jump = (ScheduledLegitimacy)UnrestRuns.Run(4).LegitimacyLaw;
        Assert.Equal((0.9, 0.9, 0.89), (salami.At(0), salami.At(76), salami.At(77)));
        Assert.Equal(0.2, salami.At(1000), 12);
        Assert.Equal((0.9, 0.7, 0.7), (jump.At(76), jump.At(77), jump.At(500)));
    }

    [Fact]
    public void Run_UnknownRun_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnrestRuns.Run(6));
    }
}
