using Statecraft.Model.Odds;
using Statecraft.Model.Tests.Backtesting;

namespace Statecraft.Model.Tests.Odds;

public class IssueOddsTests
{
    [Fact]
    public void Of_QualifiedMajoritySide_PointIsHalfwayToIt()
    {
        // Given four Council members (capability 1) of which three at 100, and the Commission at 0, all salience 1
        var scenario = TestScenarios.Build(("i", "p", [], 50, 100, [("a", 100, 1), ("b", 100, 1), ("c", 100, 1), ("d", 0, 1), ("com", 0, 1)]));

        var odds = IssueOdds.Of(scenario.Slice("i"), OddsRules.Eu15)!;

        // Then the Council share at 100 is 3/4 ≥ 62/87, so M = 100; C = 300/5 = 60; F = 80
        Assert.Equal(60, odds.Compromise, 12);
        Assert.Equal(100, odds.Majority);
        Assert.Equal(0.75, odds.MajorityShare, 12);
        Assert.True(odds.HasQualifiedMajority);
        Assert.Equal(80, odds.Point, 12);
        Assert.Equal([(0.0, 0.4), (100.0, 0.6)], odds.Held.Select(h => (h.Position, Math.Round(h.Share, 12))));
    }

    [Fact]
    public void Of_NoQualifiedMajority_PointIsTheCompromise()
    {
        var scenario = TestScenarios.Build(("i", "p", [], null, null, [("a", 100, 1), ("b", 100, 1), ("c", 0, 1), ("d", 0, 0.5)]));

        var odds = IssueOdds.Of(scenario.Slice("i"), OddsRules.Eu15)!;

        // Council shares are by capability, not salience: ½ at 100, ½ at 0
        Assert.Equal(0.5, odds.MajorityShare, 12);
        Assert.False(odds.HasQualifiedMajority);
        Assert.Equal(odds.Compromise, odds.Point);
        Assert.Equal(200 / 3.5, odds.Compromise, 12);
    }

    [Fact]
    public void Distribution_PutsTheCalibratedSharesOnHeldPositionsStatusQuoAndCompromiseRegion()
    {
        // Given C = 60, held 0 (0.4) and 100 (0.6), reference point 50
        var scenario = TestScenarios.Build(("i", "p", [], 50, 100, [("a", 100, 1), ("b", 100, 1), ("c", 100, 1), ("d", 0, 1), ("com", 0, 1)]));
        var odds = IssueOdds.Of(scenario.Slice("i"), OddsRules.Eu15)!;
        var calibration = new OddsCalibration(0.5, 0.1, 0.2, [-70, 0, 10, 50]);

        var f = odds.Forecast(calibration);

        // Then 0.5·0.4 at 0, 0.1 at 50, 0.5·0.6 at 100, and 0.4/4 at each of 60 − 70 → 0 (clamped), 60, 70, 110 → 100
        Assert.Equal(0.2 + 0.1, f.Distribution.ProbabilityOf(0), 12);
        Assert.Equal(0.1, f.Distribution.ProbabilityOf(50), 12);
        Assert.Equal(0.1, f.Distribution.ProbabilityOf(60), 12);
        Assert.Equal(0.1, f.Distribution.ProbabilityOf(70), 12);
        Assert.Equal(0.3 + 0.1, f.Distribution.ProbabilityOf(100), 12);

        // Q(0.2) = 0 (cumulative 0.3), Q(0.8) = 100 (cumulative 0.6 at 70)
        Assert.Equal(0, f.Low);
        Assert.Equal(100, f.High);
    }

    [Fact]
    public void Fit_CountsHeldAndStatusQuoOutcomes_AndTheResidualsFromTheCompromise()
    {
        // Given three issues: outcome at a held position, at the reference point only, and elsewhere
        var scenario = TestScenarios.Build(
            ("i1", "p1", [], 30, 100, [("a", 100, 1), ("b", 0, 1)]),
            ("i2", "p2", [], 30, 30, [("a", 100, 1), ("b", 0, 1)]),
            ("i3", "p3", [], null, 80, [("a", 100, 1), ("b", 0, 1)]));
        var cases = scenario.Issues.Select(i => (IssueOdds.Of(scenario.Slice(i.Id), OddsRules.Eu15)!, i.Outcome!.Value)).ToList();

        var calibration = OddsCalibration.Fit(cases);

        Assert.Equal(1 / 3.0, calibration.HeldShare, 12);
        Assert.Equal(1 / 3.0, calibration.StatusQuoShare, 12);
        Assert.Equal([-20.0, 30, 50], calibration.Residuals.ToArray());
        Assert.Contains(calibration.Tail, OddsCalibration.Tails);
    }
}
