using Statecraft.Model.Domain;
using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Tests.Exchange;

public sealed class ExchangeOptionsTests
{
    [Fact]
    public void FromSettings_Empty_GivesTheReferenceDefaults()
    {
        var options = ExchangeOptions.FromSettings(ModelSettings.Empty);

        Assert.Equal(ExchangeOptions.Default, options);
        Assert.Equal(
            (ExchangeMode.DecideCurrent, ExchangeTieBreak.GenerationOrder, ExchangeSideRule.AtOrBelow, ExchangeCapRule.StrictlyBetween, 10, 0.1, 0.4, 0.0, 1),
            (options.Mode, options.TieBreak, options.SideRule, options.CapRule, options.Rounds, options.FixedWeight, options.SalienceWeight, options.RexP, options.Repetitions));
        Assert.False(options.IsRandom);
    }

    [Fact]
    public void FromSettings_KebabCaseValues_AreRead()
    {
        var settings = ModelSettings.From(new Dictionary<string, string>
        {
            ["mode"] = "clean",
            ["tie-break"] = "seeded-coin-flip",
            ["side-rule"] = "strictly-below",
            ["cap-rule"] = "no-crossing",
            ["rounds"] = "3",
            ["fixed-weight"] = "0.2",
            ["salience-weight"] = "0.5",
            ["rex-p"] = "0.25",
            ["repetitions"] = "20",
        });

        var options = ExchangeOptions.FromSettings(settings);

        Assert.Equal(new ExchangeOptions(ExchangeMode.Clean, ExchangeTieBreak.SeededCoinFlip, ExchangeSideRule.StrictlyBelow, ExchangeCapRule.NoCrossing, 3, 0.2, 0.5, 0.25, 20), options);
        Assert.True(options.IsRandom);
    }

    [Theory]
    [InlineData("mode", "decide", "option 'mode' = 'decide' is not allowed; expected decide-current, clean.")]
    [InlineData("tie-break", "random", "option 'tie-break' = 'random' is not allowed; expected generation-order, seeded-coin-flip.")]
    [InlineData("side-rule", "below", "option 'side-rule' = 'below' is not allowed; expected at-or-below, strictly-below.")]
    [InlineData("cap-rule", "soft", "option 'cap-rule' = 'soft' is not allowed; expected strictly-between, no-crossing.")]
    [InlineData("rounds", "0", "option 'rounds' = '0' is not allowed; expected an integer in [1, 10000].")]
    [InlineData("rounds", "ten", "option 'rounds' = 'ten' is not allowed; expected an integer in [1, 10000].")]
    [InlineData("rex-p", "1.5", "option 'rex-p' = '1.5' is not allowed; expected [0, 1].")]
    [InlineData("rex-p", "NaN", "option 'rex-p' = 'NaN' is not allowed; expected a finite number in [0, 1].")]
    [InlineData("fixed-weight", "-0.1", "option 'fixed-weight' = '-0.1' is not allowed; expected [0, 1].")]
    [InlineData("salience-weight", "2", "option 'salience-weight' = '2' is not allowed; expected [0, 1].")]
    [InlineData("repetitions", "0", "option 'repetitions' = '0' is not allowed; expected an integer in [1, 100000].")]
    public void FromSettings_BadValue_Throws(string name, string value, string message)
    {
        var ex = Assert.Throws<ModelOptionException>(() => ExchangeOptions.FromSettings(ModelSettings.Empty.With(name, value)));

        Assert.Equal(message, ex.Message);
        Assert.Equal(name, ex.Option);
    }

    [Fact]
    public void FromSettings_WeightsAboveOne_Throws()
    {
        var settings = ModelSettings.Empty.With("fixed-weight", "0.7").With("salience-weight", "0.5");

        var ex = Assert.Throws<ModelOptionException>(() => ExchangeOptions.FromSettings(settings));

        Assert.Equal(
            "options 'fixed-weight' = '0.7' and 'salience-weight' = '0.5' sum to more than 1; the preference update x + (φ + λ(1 − s))(y − x) "
            + "would then overshoot the voting position. Keep φ + λ ≤ 1.",
            ex.Message);
    }

    [Fact]
    public void FromSettings_RepetitionsWithoutRandomness_Throws()
    {
        var ex = Assert.Throws<ModelOptionException>(() => ExchangeOptions.FromSettings(ModelSettings.Empty.With("repetitions", "5")));

        Assert.Equal(
            "option 'repetitions' = '5' needs a random run: set rex-p > 0 (REX) or tie-break=seeded-coin-flip; otherwise every repetition is identical.",
            ex.Message);
    }

    [Fact]
    public void Validate_UndefinedEnum_Throws()
    {
        var ex = Assert.Throws<ModelOptionException>(() => (ExchangeOptions.Default with { Mode = (ExchangeMode)7 }).Validate());

        Assert.Equal("option 'mode' = '7' is not allowed; expected decide-current, clean.", ex.Message);
    }
}
