using Statecraft.Model.Domain;
using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.Tests.ExpectedUtility;

public sealed class ExpectedUtilityOptionsTests
{
    [Fact]
    public void FromSettings_Empty_IsScholzCodeWithTenFixedRounds()
    {
        var o = ExpectedUtilityOptions.FromSettings(ModelSettings.Empty);
        Assert.Equal(ExpectedUtilityOptions.ScholzCode, o);
        Assert.Equal((10, StoppingRule.FixedRounds, 1.0), (o.Rounds, o.Stop, o.Q));
    }

    [Fact]
    public void Presets_MatchTheTableOfMODELS24()
    {
        // Given / When
        var code = ExpectedUtilityOptions.FromSettings(EuScenarios.Settings(("preset", "scholz-code")));
        var paper = ExpectedUtilityOptions.FromSettings(EuScenarios.Settings(("preset", "paper-literal")));

        // Then (range-mode of paper-literal: see docs/models/expected-utility.md)
        Assert.Equal(
            (ProbabilityNormaliser.GlobalZ, VoteExponent.VoterRisk, Perspective.Receiver, CompromiseSelection.MinWeightedPosition, CapitulationRule.Disabled, QTerm.Omitted),
            (code.ProbabilityNormaliser, code.VoteExponent, code.Perspective, code.CompromiseSelection, code.Capitulation, code.QTerm));
        Assert.Equal(
            (ProbabilityNormaliser.PairNormalised, VoteExponent.One, Perspective.Sender, CompromiseSelection.LeastMove, CapitulationRule.Enabled, QTerm.Included),
            (paper.ProbabilityNormaliser, paper.VoteExponent, paper.Perspective, paper.CompromiseSelection, paper.Capitulation, paper.QTerm));
        foreach (var o in new[] { code, paper })
        {
            Assert.Equal((ConflictResolution.DeterministicMove, 1.0, TRule.Geometric, MedianRule.CondorcetScan, RangeMode.FixedInitial, MoveOrigin.Current),
                (o.ConflictResolution, o.Q, o.TRule, o.MedianRule, o.RangeMode, o.MoveOrigin));
        }
    }

    [Fact]
    public void FromSettings_EveryOptionOverridesThePreset()
    {
        // Given: every option set away from the paper-literal value, in kebab-case.
        var settings = EuScenarios.Settings(
            ("preset", "paper-literal"), ("probability-normaliser", "global-z"), ("vote-exponent", "voter-risk"),
            ("perspective", "receiver"), ("compromise-selection", "highest-sender-eu"), ("capitulation", "disabled"),
            ("conflict-resolution", "stochastic"), ("q", "0.5"), ("q-term", "omitted"), ("t-rule", "always-one"),
            ("median-rule", "cumulative-weight"), ("range-mode", "recompute-each-round"), ("move-origin", "original"),
            ("rounds", "25"), ("stop", "cycle-detection"), ("plateau-epsilon", "0.01"), ("plateau-rounds", "4"),
            ("discount-beta", "0.9"), ("cycle-max-period", "6"), ("cycle-tolerance", "1e-6"));

        // When
        var o = ExpectedUtilityOptions.FromSettings(settings);

        // Then
        Assert.Equal(new ExpectedUtilityOptions
        {
            Preset = ExpectedUtilityPreset.PaperLiteral,
            ProbabilityNormaliser = ProbabilityNormaliser.GlobalZ,
            VoteExponent = VoteExponent.VoterRisk,
            Perspective = Perspective.Receiver,
            CompromiseSelection = CompromiseSelection.HighestSenderEU,
            Capitulation = CapitulationRule.Disabled,
            ConflictResolution = ConflictResolution.Stochastic,
            Q = 0.5,
            QTerm = QTerm.Omitted,
            TRule = TRule.AlwaysOne,
            MedianRule = MedianRule.CumulativeWeight,
            RangeMode = RangeMode.RecomputeEachRound,
            MoveOrigin = MoveOrigin.Original,
            Rounds = 25,
            Stop = StoppingRule.CycleDetection,
            PlateauEpsilon = 0.01,
            PlateauRounds = 4,
            DiscountBeta = 0.9,
            CycleMaxPeriod = 6,
            CycleTolerance = 1e-6,
        }, o);
    }

    [Fact]
    public void ToSettings_RoundTripsThroughFromSettings()
    {
        var o = ExpectedUtilityOptions.PaperLiteral with { Q = 0.3, Stop = StoppingRule.Plateau, CycleTolerance = 1e-9 };
        Assert.Equal(o, ExpectedUtilityOptions.FromSettings(o.ToSettings()));
        Assert.Equal("highest-sender-eu", (o with { CompromiseSelection = CompromiseSelection.HighestSenderEU }).ToSettings().GetString("compromise-selection", ""));
    }

    [Theory]
    [InlineData("rounds", "-1", "option 'rounds' = '-1' is not allowed; expected an integer in [0, 100000].")]
    [InlineData("preset", "bdm", "option 'preset' = 'bdm' is not allowed; expected scholz-code, paper-literal.")]
    [InlineData("discount-beta", "NaN", "option 'discount-beta' = 'NaN' is not allowed; expected a finite number in [0, 1].")]
    [InlineData("plateau-rounds", "0", "option 'plateau-rounds' = '0' is not allowed; expected an integer in [1, 1000].")]
    [InlineData("stop", "never", "option 'stop' = 'never' is not allowed; expected fixed-rounds, plateau, discount-rule, cycle-detection.")]
    public void FromSettings_BadValue_ThrowsClearMessage(string name, string value, string message)
    {
        var ex = Assert.Throws<ModelOptionException>(() => ExpectedUtilityOptions.FromSettings(EuScenarios.Settings((name, value))));
        Assert.Equal(message, ex.Message);
        Assert.Equal(name, ex.Option);
    }

    [Fact]
    public void Validate_OutOfRangeInCode_ThrowsWithRange()
    {
        var ex = Assert.Throws<ModelOptionException>(() => (ExpectedUtilityOptions.ScholzCode with { CycleMaxPeriod = 0 }).Validate());
        Assert.Equal("option 'cycle-max-period' = '0' is not allowed; expected an integer in [1, 1000].", ex.Message);
    }
}
