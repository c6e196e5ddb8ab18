using Statecraft.Model.Backtesting;
using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Backtesting;

public class BacktesterTests
{
    // Two proposals: p1 has two COD issues, p2 one CNS issue; i3 has no outcome.
    private static Scenario Sample() => TestScenarios.Build(
        ("i1", "p1", ["cod"], 0, 40, [("com", 100, 1), ("de", 0, 0.5), ("ep", 60, 0.5)]),
        ("i2", "p1", ["cod"], null, 10, [("com", 0, 1), ("de", 20, 1)]),
        ("i3", "p2", ["cns"], 0, null, [("com", 50, 1), ("de", 70, 1)]),
        ("i4", "p3", ["cns"], 100, 80, [("de", 90, 1), ("ep", 30, 1)]));

    [Fact]
    public void Run_Compromise_ScoresOnlyIssuesWithAnOutcome()
    {
        // Given compromise forecasts i1 = (100 + 0 + 30)/2 = 65, i2 = 10, i4 = 60
        // When
        var report = Backtester.Run(Sample(), [BacktestEntry.For(new CompromiseModel())], ModelRunContext.Default);

        // Then errors 25, 0, −20: MAE 15, median 20, over 3 issues in 3 groups
        var r = report.Results.Single();
        Assert.Equal((4, 3, 3), (report.Issues, report.IssuesWithOutcome, report.Groups));
        Assert.Equal(3, r.Overall.N);
        Assert.Equal(15.0, r.Overall.MeanAbsoluteError!.Value, 1e-12);
        Assert.Equal(20.0, r.Overall.MedianAbsoluteError!.Value, 1e-12);
        Assert.Equal(["i1", "i2", "i4"], r.Predictions.Select(p => p.IssueId));
    }

    [Fact]
    public void Run_Subsets_SplitByFlagAndGroupSize()
    {
        var r = Backtester.Run(Sample(), [BacktestEntry.For(new CompromiseModel())], ModelRunContext.Default).Results[0];

        Assert.Equal(["cns", "cod", "multi-issue", "single-issue"], r.Subsets.Keys);
        Assert.Equal(12.5, r.Subsets["cod"].MeanAbsoluteError!.Value, 1e-12);
        Assert.Equal(20.0, r.Subsets["cns"].MeanAbsoluteError!.Value, 1e-12);
        Assert.Equal(2, r.Subsets[BacktestSubsets.MultiIssue].N);
        Assert.Equal(1, r.Subsets[BacktestSubsets.SingleIssue].N);
    }

    [Fact]
    public void Run_Baselines_ScoreOnlyWhereTheValueExists()
    {
        // Given the Commission has no stance on i4, and i2 has no reference point
        var report = Backtester.Run(Sample(), [], ModelRunContext.Default, NaiveBaseline.All);

        // Then each baseline reports its own n
        Assert.Equal(2, report.For("commission")!.Overall.N);          // |100 − 40|, |0 − 10|
        Assert.Equal(35.0, report.For("commission")!.Overall.MeanAbsoluteError!.Value, 1e-12);
        Assert.Equal(2, report.For("parliament")!.Overall.N);
        Assert.Equal(2, report.For("reference-point")!.Overall.N);     // |0 − 40|, |100 − 80|
        Assert.Equal(30.0, report.For("reference-point")!.Overall.MeanAbsoluteError!.Value, 1e-12);
        Assert.Equal(3, report.For("median-actor")!.Overall.N);
        Assert.True(report.Results.All(r => r.IsBaseline));
    }

    [Fact]
    public void Run_ParallelAndSequential_GiveIdenticalReports()
    {
        var entries = new[] { BacktestEntry.For(new CompromiseModel()), BacktestEntry.For(new MedianModel()) };
        var one = Backtester.Run(Sample(), entries, ModelRunContext.Default);
        var many = Backtester.Run(Sample(), entries, ModelRunContext.Default with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(
            one.Results.SelectMany(r => r.Predictions.Select(p => p.Predicted)),
            many.Results.SelectMany(r => r.Predictions.Select(p => p.Predicted)));
    }

    [Fact]
    public void Split_GroupsIssues_KeepingOnlyTheirActors()
    {
        var parts = ScenarioGroups.Split(Sample());

        Assert.Equal(["p1", "p2", "p3"], parts.Select(p => p.Key));
        Assert.Equal(["i1", "i2"], parts[0].Scenario.Issues.Select(i => i.Id));
        Assert.Equal(["de", "ep"], parts[2].Scenario.Actors.Select(a => a.Id));
    }
}
