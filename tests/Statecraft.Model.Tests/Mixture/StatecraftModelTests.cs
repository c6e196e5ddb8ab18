using Statecraft.Model.Forecasting;
using Statecraft.Model.Mixture;
using Statecraft.Model.Domain;
using Statecraft.Model.Tests.Backtesting;

namespace Statecraft.Model.Tests.Mixture;

public class StatecraftModelTests
{
    private static Scenario Sample() => TestScenarios.Build(
        ("i1", "p1", ["cod"], 0, null, [("com", 100, 0.9), ("de", 0, 0.3), ("ep", 100, 0.8)]),
        ("i2", "p1", ["cns"], null, null, [("com", 40, 0.5), ("fr", 60, 0.5), ("ep", 0, 1)]));

    [Fact]
    public void Catalog_ListsTheModelAsStatecraft()
    {
        Assert.True(ModelCatalog.TryGet("statecraft", out var model));
        Assert.IsType<StatecraftModel>(model);
    }

    [Fact]
    public void Run_ShippedParameters_ForecastsWithIntervalAndNotes()
    {
        // Given i1 where weight 0.81 + 0.64 of 1.54 (b = 2) sits at 100
        var forecast = new StatecraftModel().Run(Sample(), ModelSettings.Empty, ModelRunContext.Default);

        // Then the side at 100 prevails, and the interval brackets the forecast within the scale
        var i1 = forecast.For("i1")!;
        Assert.Equal(100, i1.Value);
        Assert.True(i1.Metrics["interval-low"] < 100 && i1.Metrics["interval-high"] == 100);
        Assert.Contains("com, ep", i1.Notes[0], StringComparison.Ordinal);
        Assert.Single(i1.Rounds);

        // i2 is consultation: the Parliament has no say, the compromise of com and fr is 50
        Assert.Equal(50, forecast.For("i2")!.Value!.Value, 1e-12);
    }

    [Fact]
    public void Run_AdvisoryFlagNone_CountsTheParliament()
    {
        var settings = ModelSettings.Empty.With("advisory-flag", "none").With("salience-exponent", "1");
        var forecast = new StatecraftModel().Run(Sample(), settings, ModelRunContext.Default);

        // (40·0.5 + 60·0.5 + 0·1)/2 = 25, and no single position holds half the probability
        Assert.Equal(25, forecast.For("i2")!.Value!.Value, 1e-12);
    }

    [Fact]
    public void Run_ShareOutOfRange_ThrowsNamingTheOption()
    {
        var e = Assert.Throws<ModelOptionException>(() =>
            new StatecraftModel().Run(Sample(), ModelSettings.Empty.With("compromise-share", "1.5"), ModelRunContext.Default));
        Assert.Equal("compromise-share", e.Option);
    }
}
