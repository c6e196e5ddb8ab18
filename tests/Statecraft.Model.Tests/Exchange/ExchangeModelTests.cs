using Statecraft.Model.Exchange;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Exchange;

public sealed class ExchangeModelTests
{
    [Fact]
    public void Catalog_ContainsExchange()
    {
        Assert.True(ModelCatalog.TryGet("exchange", out var model));
        Assert.IsType<ExchangeModel>(model);
    }

    [Fact]
    public void Run_SampleDataOneRound_ReportsEveryExchangeOnBothIssues()
    {
        // Given
        var scenario = DecideTestReader.Read("sample_data.txt");
        var settings = ModelSettings.Empty.With("rounds", "1");

        // When
        var forecast = new ExchangeModel().Run(scenario, settings, ModelRunContext.Default);

        // Then: 39 exchanges, each an event on its two issues; the first one as in §7.3.
        Assert.Equal(78, forecast.Issues.Sum(i => i.Events.Length));
        var extra = forecast.For("extra-investering")!;
        var first = extra.Events[0];
        Assert.Equal(("exchange", "Willems", "Wcentr"), (first.Kind, first.ActorId, first.PartnerId));
        Assert.Equal(25, first.From, 1e-12);
        Assert.Equal(100, first.To, 1e-12);
        Assert.Equal("gives way on extra-investering to gain on tolheffing-binnenstad, gain 1.973684", first.Detail);
        Assert.Equal(2, extra.Rounds.Length);
        Assert.Equal(extra.Value!.Value, extra.Rounds[1].Median, 1e-12);
        Assert.Equal(extra.Metrics["compromise"], extra.Rounds[0].Mean, 1e-12);
        Assert.Equal(10, extra.Rounds[1].Positions.Length);
    }

    [Fact]
    public void Run_TollHeightScale_MapsPositionsBackToTheIssueScale()
    {
        // Given: tol-hoogte runs from 0.5 to 7; Wcentr's first move there goes 0.5 → 38.4615…% of the scale (row 4).
        var scenario = DecideTestReader.Read("sample_data.txt");

        // When
        var forecast = new ExchangeModel().Run(scenario, ModelSettings.Empty.With("rounds", "1"), ModelRunContext.Default);

        // Then
        var move = forecast.For("tol-hoogte")!.Events.First(e => e.ActorId == "Wcentr");
        Assert.Equal(0.5, move.From, 1e-12);
        Assert.Equal(0.5 + (6.5 * 0.3846153846153846), move.To, 1e-9);
        Assert.All(forecast.Issues, i => Assert.InRange(i.Value!.Value, scenario.FindIssue(i.IssueId)!.Scale.Min, scenario.FindIssue(i.IssueId)!.Scale.Max));
    }

    [Fact]
    public void Run_SingleIssueGroup_ForecastsTheCompromise()
    {
        // Given: the toll-height issue alone in its group, the rest ungrouped.
        var scenario = DecideTestReader.Read("sample_data.txt");
        scenario = new Scenario(
            scenario.Metadata,
            scenario.Actors,
            scenario.Issues.Select(i => i.Id == "tol-hoogte" ? i with { Group = "height" } : i),
            scenario.Stances);
        var slice = scenario.Slice("tol-hoogte");
        var compromise = global::Statecraft.Model.Baselines.WeightedStatistics.WeightedMean(slice.Positions.AsSpan(), slice.Weights());

        // When
        var forecast = new ExchangeModel().Run(scenario, ModelSettings.Empty, ModelRunContext.Default);

        // Then
        var alone = forecast.For("tol-hoogte")!;
        Assert.Equal(compromise, alone.Value);
        Assert.Contains(ExchangeModel.SingleIssueNote, alone.Notes);
        Assert.Empty(alone.Events);
        Assert.All(forecast.Issues.Where(i => i.IssueId != "tol-hoogte").SelectMany(i => i.Events), e => Assert.NotEqual("tol-hoogte", e.Detail));
        Assert.Equal(2, ExchangeModel.LinkedSets(scenario).Count);
    }

    [Fact]
    public void Run_Cop21TenRounds_IsDeterministic()
    {
        // Given
        var scenario = DecideTestReader.Read("cop21.csv");

        // When
        var a = new ExchangeModel().Run(scenario, ModelSettings.Empty, ModelRunContext.Default);
        var b = new ExchangeModel().Run(scenario, ModelSettings.Empty, new ModelRunContext(7));

        // Then
        Assert.Equal(a.Issues.Select(i => i.Value), b.Issues.Select(i => i.Value));
        Assert.Null(a.Seed);
        Assert.All(a.Issues, i => Assert.Equal(11, i.Rounds.Length));
    }
}
