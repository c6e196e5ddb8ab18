using Statecraft.Model.Domain;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Tests.Spatial;

public sealed class SmpOptionsTests
{
    [Fact]
    public void FromSettings_Empty_GivesKtabDefaults()
    {
        // Given no settings, When read, Then every value is KTAB's default (§3.16)
        var o = SmpOptions.FromSettings(ModelSettings.Empty);
        Assert.Equal(SmpOptions.Default, o);
        Assert.Equal(SmpVictoryProbModel.Linear, o.VictoryProbModel);
        Assert.Equal(SmpPceModel.Conditional, o.PceModel);
        Assert.Equal(SmpStateTransitions.Deterministic, o.StateTransitions);
        Assert.Equal(SmpVotingRule.Prop, o.VotingRule);
        Assert.Equal(SmpBigRAdjust.OneThird, o.BigRAdjust);
        Assert.Equal(SmpBigRRange.Mid, o.BigRRange);
        Assert.Equal(SmpThirdPartyCommit.SemiCommit, o.ThirdPartyCommit);
        Assert.Equal(SmpBargainInterpolation.S2P2, o.InterVecBrgn);
        Assert.Equal(SmpBargainModel.InitOnlyInterp, o.BargnModel);
        Assert.Equal(SmpMode.KtabCompatible, o.Mode);
        Assert.Equal((2, 100, 0.02, 1e-4), (o.MinTurns, o.MaxTurns, o.StopRatio, o.StopFloor));
    }

    [Fact]
    public void FromSettings_KtabXmlNamesAndSpellings_AreAccepted()
    {
        // Given the element names and values of a KTAB XML file, including the schema's "Proportional" and "No"
        var settings = ModelSettings.From(new Dictionary<string, string>
        {
            ["VictoryProbModel"] = "Octic",
            ["PCEModel"] = "MarkovUniform",
            ["StateTransitions"] = "Stochastic",
            ["VotingRule"] = "Proportional",
            ["BigRAdjust"] = "No",
            ["BigRRange"] = "Max",
            ["ThirdPartyCommit"] = "FullCommit",
            ["InterVecBrgn"] = "S2PMax",
            ["BargnModel"] = "PWCompInterp",
            ["seed"] = "03707583219545544125",
        });

        // When read
        var o = SmpOptions.FromSettings(settings);

        // Then each maps to its enum value
        Assert.Equal(SmpVictoryProbModel.Octic, o.VictoryProbModel);
        Assert.Equal(SmpPceModel.MarkovUniform, o.PceModel);
        Assert.Equal(SmpStateTransitions.Stochastic, o.StateTransitions);
        Assert.Equal(SmpVotingRule.Prop, o.VotingRule);
        Assert.Equal(SmpBigRAdjust.None, o.BigRAdjust);
        Assert.Equal(SmpBigRRange.Max, o.BigRRange);
        Assert.Equal(SmpThirdPartyCommit.FullCommit, o.ThirdPartyCommit);
        Assert.Equal(SmpBargainInterpolation.S2PMax, o.InterVecBrgn);
        Assert.Equal(SmpBargainModel.PWCompInterp, o.BargnModel);
        Assert.Equal(3707583219545544125UL, o.Seed);
    }

    [Fact]
    public void FromSettings_KebabCaseNames_AreAccepted()
    {
        var o = SmpOptions.FromSettings(ModelSettings.From(new Dictionary<string, string>
        {
            ["voting-rule"] = "prop-cbc",
            ["big-r-adjust"] = "two-thirds",
            ["mode"] = "corrected",
            ["rounds"] = "7",
            ["forecast"] = "cluster-mean",
        }));
        Assert.Equal(SmpVotingRule.PropCbc, o.VotingRule);
        Assert.Equal(SmpBigRAdjust.TwoThirds, o.BigRAdjust);
        Assert.Equal(SmpMode.Corrected, o.Mode);
        Assert.Equal(7, o.MaxTurns);
        Assert.Equal(SmpForecastBasis.ClusterMean, o.Forecast);
    }

    [Fact]
    public void ToSettings_RoundTrips()
    {
        // Given non-default options, When written and read back, Then they are equal
        var o = SmpOptions.Default with { PceModel = SmpPceModel.MarkovIncentive, VotingRule = SmpVotingRule.ASymProsp, InterVecBrgn = SmpBargainInterpolation.S1P1, MaxTurns = 40, StopRatio = 0.05, Seed = 9 };
        Assert.Equal(o, SmpOptions.FromSettings(o.ToSettings()));
    }

    [Fact]
    public void FromSettings_UnknownValue_NamesOptionValueAndAllowedValues()
    {
        var e = Assert.Throws<ModelOptionException>(() => SmpOptions.FromSettings(ModelSettings.Empty.With("pce-model", "markov")));
        Assert.Equal("option 'pce-model' = 'markov' is not allowed; expected conditional, markov-incentive, markov-uniform.", e.Message);
    }

    [Fact]
    public void FromSettings_MinTurnsAboveMaxTurns_IsRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => SmpOptions.FromSettings(ModelSettings.Empty.With("max-turns", "5").With("min-turns", "6")));
        Assert.Equal("option 'min-turns' = '6' is not allowed; expected an integer in [1, max-turns = 5].", e.Message);
    }

    [Fact]
    public void FromSettings_StopRatioOutOfRange_IsRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => SmpOptions.FromSettings(ModelSettings.Empty.With("stop-ratio", "1.5")));
        Assert.Equal("option 'stop-ratio' = '1.5' is not allowed; expected [0, 1].", e.Message);
    }

    [Fact]
    public void FromSettings_NegativeSeed_IsRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => SmpOptions.FromSettings(ModelSettings.Empty.With("seed", "-3")));
        Assert.Equal("option 'seed' = '-3' is not allowed; expected an unsigned 64-bit integer in decimal, [0, 18446744073709551615].", e.Message);
    }

    [Fact]
    public void Validate_UndefinedEnumValue_IsRejected()
    {
        var e = Assert.Throws<ModelOptionException>(() => (SmpOptions.Default with { BigRRange = (SmpBigRRange)9 }).Validate());
        Assert.Equal("option 'big-r-range' = '9' is not allowed; expected min, mid, max.", e.Message);
    }
}
