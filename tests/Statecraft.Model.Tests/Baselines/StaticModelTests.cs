using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Baselines;

public class StaticModelTests
{
    public static TheoryData<string> ModelNames => ["compromise", "median", "nash", "mean"];

    [Fact]
    public void Compromise_EmissionScenario_MatchesHandSum()
    {
        var scenario = ScenarioBuilder.SingleIssue(
            [4, 7, 4, 4, 10, 10, 10, 7, 4, 7],
            [.08, .08, .03, .16, .16, .16, .16, .05, .05, .08],
            [.8, .4, .2, .8, .6, .6, .9, .1, 1.0, .7],
            0,
            10);

        var forecast = new CompromiseModel().Run(scenario, ModelSettings.Empty, ModelRunContext.Default);

        Assert.Equal(WeightedStatisticsTests.EmissionMean, forecast.Issues[0].Value!.Value, 12);
        Assert.Single(forecast.Issues[0].Rounds);
        Assert.Equal(7.0, forecast.Issues[0].Rounds[0].Median);
    }

    [Fact]
    public void Compromise_Pulls_SumToZeroAndRankByStrength()
    {
        // Weighted mean of 0 (w 1) and 90 (w 2) is 60; pulls: a0 = 1·(0−60)/3 = −20, a1 = 2·(90−60)/3 = +20.
        var scenario = ScenarioBuilder.SingleIssue([0, 90], [1, 2], [1, 1]);
        var f = new CompromiseModel().Run(scenario, ModelSettings.Empty, ModelRunContext.Default).Issues[0];
        Assert.Equal(60.0, f.Value);
        Assert.Equal(-20.0, f.Pulls.Single(p => p.ActorId == "a0").Value, 12);
        Assert.Equal(20.0, f.Pulls.Single(p => p.ActorId == "a1").Value, 12);
    }

    [Fact]
    public void Compromise_SalienceWeighting_IgnoresCapability()
    {
        var scenario = ScenarioBuilder.SingleIssue([0, 90], [1, 100], [1, 0.5]);
        var settings = ModelSettings.Empty.With("weighting", "salience");
        Assert.Equal(30.0, new CompromiseModel().Run(scenario, settings, ModelRunContext.Default).Issues[0].Value!.Value, 12);
    }

    [Fact]
    public void Compromise_UnknownWeighting_ThrowsWithAllowedValues()
    {
        var scenario = ScenarioBuilder.SingleIssue([0, 90], [1, 2], [1, 1]);
        var ex = Assert.Throws<ModelOptionException>(() =>
            new CompromiseModel().Run(scenario, ModelSettings.Empty.With("weighting", "votes"), ModelRunContext.Default));
        Assert.Equal("option 'weighting' = 'votes' is not allowed; expected capability-salience, salience, capability.", ex.Message);
    }

    [Fact]
    public void AllStaticModels_NobodyCares_GiveNoForecastAndSayWhy()
    {
        var scenario = ScenarioBuilder.SingleIssue([10, 20], [1, 1], [0, 0]);
        foreach (var name in new[] { "compromise", "median", "nash", "mean" })
        {
            Assert.True(ModelCatalog.TryGet(name, out var model));
            var f = model.Run(scenario, ModelSettings.Empty, ModelRunContext.Default).Issues[0];
            Assert.Null(f.Value);
            Assert.Equal("no actor has positive weight on this issue, so there is no forecast", Assert.Single(f.Notes));
        }
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Model_PermutingActors_ChangesNothing(string name)
    {
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var check = Prop.ForAll(Generators.SingleIssue(), Gen.Choose(0, 1000).ToArbitrary(), (data, seed) =>
        {
            var original = Forecast(model, data.Positions, data.Capabilities, data.Saliences);
            var order = Enumerable.Range(0, data.Positions.Length).OrderBy(k => (k * 7919 + seed) % 101).ThenBy(k => k).ToArray();
            var permuted = Forecast(model, [.. order.Select(k => data.Positions[k])], [.. order.Select(k => data.Capabilities[k])], [.. order.Select(k => data.Saliences[k])]);
            return Same(original, permuted, 1e-9);
        });
        check.QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Model_ScalingCapabilities_ChangesNothing(string name)
    {
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var check = Prop.ForAll(Generators.SingleIssue(), Gen.Elements(0.001, 0.5, 3.0, 1000.0).ToArbitrary(), (data, factor) =>
        {
            var original = Forecast(model, data.Positions, data.Capabilities, data.Saliences);
            var scaled = Forecast(model, data.Positions, [.. data.Capabilities.Select(c => c * factor)], data.Saliences);
            return Same(original, scaled, 1e-7);
        });
        check.QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Model_Forecast_StaysWithinRangeOfPositions(string name)
    {
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var check = Prop.ForAll(Generators.SingleIssue(), data =>
        {
            var f = Forecast(model, data.Positions, data.Capabilities, data.Saliences);
            return f is { } v && v >= data.Positions.Min() - 1e-7 && v <= data.Positions.Max() + 1e-7;
        });
        check.QuickCheckThrowOnFailure();
    }

    private static double? Forecast(IForecastModel model, double[] x, double[] c, double[] s) =>
        model.Run(ScenarioBuilder.SingleIssue(x, c, s), ModelSettings.Empty, ModelRunContext.Default).Issues[0].Value;

    private static bool Same(double? a, double? b, double tolerance) =>
        (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) <= tolerance * Math.Max(1, Math.Abs(x)));
}
