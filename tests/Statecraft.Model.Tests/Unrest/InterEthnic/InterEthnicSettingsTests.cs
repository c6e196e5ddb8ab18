using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.InterEthnic;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest.InterEthnic;

/// <summary>Reading Model II's options from kebab-case names, and the named runs.</summary>
public class InterEthnicSettingsTests
{
    private static ModelSettings Settings(params (string Name, string Value)[] pairs) =>
        ModelSettings.From(pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));

    [Fact]
    public void Read_NoOptions_IsRun7()
    {
        var options = InterEthnicSettings.Read(ModelSettings.Empty);

        Assert.Equal(InterEthnicRuns.Run("ii-genocide"), options);
        Assert.Equal(InterEthnicRuns.Run("7"), options);
        Assert.Equal((0.8, 0.8, 0.0, 15, 200, 0.05), (options.BlueLegitimacy, options.GreenLegitimacy, options.CopDensity, options.MaxJailTerm, options.MaxAge, options.CloneProbability));
    }

    [Fact]
    public void Read_RunThenOverrides_LegitimacyAndVisionSetBoth()
    {
        var options = InterEthnicSettings.Read(Settings(("run", "ii-safe-havens"), ("legitimacy", "0.75"), ("vision", "2"), ("green-legitimacy", "0.7"), ("cops-withdraw", "400"), ("max-jail-term", "inf")));

        Assert.Equal((0.75, 0.7), (options.BlueLegitimacy, options.GreenLegitimacy));
        Assert.Equal((2.0, 2.0), (options.AgentVision, options.CopVision));
        Assert.Equal((0.04, 50, (int?)400), (options.CopDensity, options.CopArrivalTick, options.CopWithdrawalTick));
        Assert.Equal(JailTermRule.Infinite, options.JailTerm);
    }

    [Fact]
    public void Read_UnknownOption_NamesItAndListsTheKnownOnes()
    {
        var e = Assert.Throws<ModelOptionException>(() => InterEthnicSettings.Read(Settings(("preset", "mesa"))));

        Assert.StartsWith("unrest Model II has no option 'preset'; its options are run, width, height,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownRun_ListsTheRuns()
    {
        var e = Assert.Throws<ModelOptionException>(() => InterEthnicSettings.Read(Settings(("run", "ii-peace"))));

        Assert.Equal("option 'run' = 'ii-peace' is not allowed; expected ii-coexistence, ii-genocide, ii-safe-havens, ii-nasty-regime, ii-withdrawal or 6–8.", e.Message);
    }

    [Fact]
    public void Read_WithdrawalNotAfterArrival_IsRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => InterEthnicSettings.Read(Settings(("run", "ii-safe-havens"), ("cops-withdraw", "50"))));

        Assert.Equal("option 'cops-withdraw' = '50' is not allowed; expected an integer of 51 or more.", e.Message);
    }

    [Fact]
    public void Read_DensitiesAboveOne_AreRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => InterEthnicSettings.Read(Settings(("agent-density", "0.97"), ("cop-density", "0.04"))));

        Assert.Equal("option 'agent-density + cop-density' = '1.01' is not allowed; expected a number in [0, 1].", e.Message);
    }

    [Fact]
    public void Runs_MatchTable2()
    {
        // Runs 6–8 of Table 2 (§5.11): vision 1.7, J_max 15, L 0.9 / 0.8 / 0.8, cops 0 / 0 / 0.04.
        Assert.Equal(InterEthnicRuns.Run("ii-coexistence"), InterEthnicRuns.Run("6"));
        Assert.Equal(InterEthnicRuns.Run("ii-nasty-regime"), InterEthnicRuns.Run("8"));
        var expected = new[] { (0.9, 0.0), (0.8, 0.0), (0.8, 0.04) };
        var actual = new[] { "6", "7", "8" }.Select(InterEthnicRuns.Run).Select(o => (o.BlueLegitimacy, o.CopDensity)).ToArray();
        Assert.Equal(expected, actual);
        Assert.All(InterEthnicRuns.Names.Select(InterEthnicRuns.Run), o => Assert.Equal((40, 40, 0.7, 1.7, 1.7, 15), (o.Width, o.Height, o.AgentDensity, o.AgentVision, o.CopVision, o.MaxJailTerm)));
    }
}
