using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>The stopping policies of §2.5 on the emission case and a small case with a 2-cycle.</summary>
public sealed class StoppingTests
{
    private static readonly BdmActors Emission = BdmCsv.Actors("emission_bdm1994.csv");

    // A small hand-made case whose Scholz-code positions enter an exact 2-cycle in which the median alternates.
    private static readonly BdmActors TwoCycle = new(["A", "B", "C", "D", "E"], [2, 3, 4, 1, 1], [7, 4, 8, 6, 9], [0.9, 0.9, 0.4, 0.7, 0.1]);

    private static ExpectedUtilityTrajectory Run(BdmActors a, ExpectedUtilityOptions o) =>
        ExpectedUtilitySimulation.Run(a.Positions, a.Capabilities, a.Saliences, o);

    [Fact]
    public void DiscountRule_Emission_StopsAtRoundFourWhenTheMedianStopsMoving()
    {
        // Given: β = 0.95, R = 6, so the threshold is 0.3; the median steps are 1.42, 1.20, 0.35, 0 (Table 2 oracle).
        var o = ExpectedUtilityOptions.ScholzCode with { Stop = StoppingRule.DiscountRule, Rounds = 50 };

        // When
        var run = Run(Emission, o);

        // Then
        Assert.Equal((StopReason.DiscountRule, 4), (run.Diagnostics.Reason, run.StoppingRound));
        Assert.Equal(9.961979590401313, run.FinalMedian, 9);
    }

    [Fact]
    public void Plateau_Emission_StopsAtTheFirstRoundEndingKSmallSteps()
    {
        // Given
        var o = ExpectedUtilityOptions.ScholzCode with { Stop = StoppingRule.Plateau, Rounds = 50 };

        // When
        var run = Run(Emission, o);

        // Then: the last three steps are ≤ εR and no earlier round ended three such steps.
        var t = run.StoppingRound;
        bool Small(int u) => Math.Abs(run.Medians[u] - run.Medians[u - 1]) <= 0.001 * 6;
        Assert.Equal(StopReason.Plateau, run.Diagnostics.Reason);
        Assert.True(Small(t) && Small(t - 1) && Small(t - 2));
        Assert.DoesNotContain(Enumerable.Range(3, t - 3), u => Small(u) && Small(u - 1) && Small(u - 2));
        Assert.Equal(3, run.Diagnostics.PlateauLength);
    }

    [Fact]
    public void CycleDetection_TwoCycle_StopsAndReportsPeriodRangeAndMean()
    {
        // Given
        var o = ExpectedUtilityOptions.ScholzCode with { Stop = StoppingRule.CycleDetection, Rounds = 50 };

        // When
        var run = Run(TwoCycle, o);

        // Then: x(6) repeats x(4), no earlier repetition, and the median alternates over the cycle's two rounds.
        var d = run.Diagnostics;
        Assert.Equal((StopReason.Cycle, 6, 2, 6), (d.Reason, run.StoppingRound, d.CyclePeriod, d.CycleDetectedRound));
        Assert.Equal(run.Positions[4].ToArray(), run.Positions[6].ToArray());
        for (var t = 1; t < 6; t++)
        {
            for (var p = 1; p <= t; p++)
            {
                Assert.NotEqual(run.Positions[t - p].ToArray(), run.Positions[t].ToArray());
            }
        }

        Assert.Equal(Math.Min(run.Medians[5], run.Medians[6]), d.CycleMedianMin);
        Assert.Equal(Math.Max(run.Medians[5], run.Medians[6]), d.CycleMedianMax);
        Assert.Equal((run.Medians[5] + run.Medians[6]) / 2, d.CycleMedianMean, 12);
        Assert.True(d.CycleMedianMax > d.CycleMedianMin);
    }

    [Fact]
    public void CycleDetection_ThroughTheModel_ReportsCycleInMetricsAndNotes()
    {
        // Given
        var scenario = EuScenarios.FromActors(TwoCycle, "x", 0, 10);

        // When
        var issue = new ExpectedUtilityModel().Run(scenario, EuScenarios.Settings(("stop", "cycle-detection"), ("rounds", "50")), ModelRunContext.Default).Issues[0];

        // Then
        Assert.Equal(2, issue.Metrics["cyclePeriod"]);
        Assert.Equal(6, issue.Metrics["stoppingRound"]);
        Assert.True(issue.Metrics["cycleMax"] > issue.Metrics["cycleMin"]);
        Assert.Contains(issue.Notes, n => n.Contains("period 2", StringComparison.Ordinal));
        Assert.Contains("cycle of period 2", issue.Basis, StringComparison.Ordinal);
        Assert.Equal(issue.Rounds[6].Median, issue.Value);
    }

    [Fact]
    public void FixedRounds_EmissionQuasiCycle_NoExactCycleAndANonConvergenceNote()
    {
        // Given: the Scholz-code emission run never repeats exactly (§2.5: long quasi-cycles).
        var scenario = EuScenarios.Emission();

        // When
        var issue = new ExpectedUtilityModel().Run(scenario, EuScenarios.Settings(("rounds", "60")), ModelRunContext.Default).Issues[0];

        // Then
        Assert.Equal(0, issue.Metrics["cycleFound"]);
        Assert.Contains(issue.Notes, n => n.Contains("has not settled", StringComparison.Ordinal));
    }

    [Fact]
    public void CycleDetection_PaperLiteralEmission_FixedPointAtSeven()
    {
        var run = Run(Emission, ExpectedUtilityOptions.PaperLiteral with { Stop = StoppingRule.CycleDetection, Rounds = 50 });
        Assert.Equal((StopReason.Cycle, 1, 7.0), (run.Diagnostics.Reason, run.Diagnostics.CyclePeriod, run.FinalMedian));
        Assert.All(run.Positions[^1], x => Assert.Equal(7.0, x));
    }
}
