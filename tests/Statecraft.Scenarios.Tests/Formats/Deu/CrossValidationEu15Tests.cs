using System.Collections.Immutable;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Odds;

namespace Statecraft.Scenarios.Tests.Formats.Deu;

/// <summary>The cross-validated backtest of every model on the EU-15 part of DEU II (Thomson et al. 2012): the acceptance rule and the statecraft model's targets (docs/backtest.md).</summary>
public class CrossValidationEu15Tests
{
    private static readonly Lazy<ImmutableArray<CrossValidationReport>> Reports = new(() => CrossValidator.Run(
        DeuData.Eu15(),
        ModelCatalog.All.Select(BacktestEntry.For),
        Enum.GetValues<CrossValidationScheme>(),
        new ModelRunContext(42) { MaxDegreeOfParallelism = 2 }));

    [Fact]
    public void AcceptanceRule_Eu15_NoModelPasses_StatecraftFailsOnlyOnTheTStatistic()
    {
        // When the rule is applied to the four schemes
        var verdicts = AcceptanceRule.Evaluate(Reports.Value);

        // Then no model may be recommended over the compromise
        Assert.Equal(["median", "nash", "mean", "eu", "smp", "exchange", "statecraft"], verdicts.Select(v => v.Model));
        Assert.All(verdicts, v => Assert.False(v.Accepted));

        // And the statecraft model loses nowhere by more than 0.5; its gain is positive but t ≈ 1.2
        var statecraft = verdicts.Single(v => v.Model == "statecraft");
        Assert.Equal(
            ["proposal: gain 0.63 ± 0.52, t = 1.21, not above 2", "kfold: gain 0.63 ± 0.52, t = 1.21, not above 2"],
            statecraft.Failures.ToArray());
    }

    [Fact]
    public void Statecraft_Eu15_MeetsItsCalibrationAndScoreTargetsOnEverySplit()
    {
        foreach (var report in Reports.Value)
        {
            var compromise = report.For("compromise")!.Rows;
            var statecraft = report.For("statecraft")!.Rows;
            for (var k = 0; k < statecraft.Length; k++)
            {
                var row = statecraft[k];

                // 80% intervals: 75–85% under proposal and kfold; within two binomial SEs of 80% on the period and procedure splits
                var (low, high) = report.Scheme is CrossValidationScheme.Proposal or CrossValidationScheme.KFold
                    ? (0.75, 0.85)
                    : (0.8 - (2 * Math.Sqrt(0.8 * 0.2 / row.N)), 0.8 + (2 * Math.Sqrt(0.8 * 0.2 / row.N)));
                Assert.InRange(row.Coverage, low, high);

                // CRPS below the compromise with its residual quantiles; point MAE never more than 0.5 worse
                Assert.True(row.Crps < compromise[k].Crps, $"{report.SchemeName} {row.Split}: CRPS {row.Crps} ≥ {compromise[k].Crps}");
                Assert.True(row.Gain >= -AcceptanceRule.MaximumLoss, $"{report.SchemeName} {row.Split}: gain {row.Gain}");
            }
        }
    }

    [Theory]
    [InlineData("proposal", "proposal", "compromise", 172, 24.02, 0.7849, 72.30, 17.26)]
    [InlineData("proposal", "proposal", "statecraft", 172, 23.40, 0.7907, 52.88, 17.03)]
    [InlineData("kfold", "kfold", "compromise", 172, 24.02, 0.7872, 71.73, 17.30)]
    [InlineData("kfold", "kfold", "statecraft", 172, 23.40, 0.7924, 52.78, 17.03)]
    [InlineData("period", "1995–1998 → 1999–2000", "statecraft", 99, 21.50, 0.7374, 47.64, 16.01)]
    [InlineData("procedure", "cod → cns", "statecraft", 98, 22.21, 0.7347, 46.55, 16.24)]
    public void Figures_Eu15_AreThePublishedOnes(string scheme, string split, string model, int n, double mae, double coverage, double width, double crps)
    {
        // The figures of docs/backtest.md and docs/models/statecraft.md
        var row = Reports.Value.Single(r => r.SchemeName == scheme).For(model)!.Rows.Single(r => r.Split == split);

        Assert.Equal(n, row.N);
        Assert.Equal(mae, row.MeanAbsoluteError, 0.005);
        Assert.Equal(coverage, row.Coverage, 0.00005);
        Assert.Equal(width, row.MeanWidth, 0.005);
        Assert.Equal(crps, row.Crps, 0.005);
    }

    [Fact]
    public void Eu15Calibration_IsWhatTheFitGivesOnTheFile()
    {
        // Given every EU-15 issue with an outcome
        var scenario = DeuData.Eu15();
        var cases = scenario.Issues.Where(i => i.Outcome is not null)
            .Select(i => (IssueOdds.Of(scenario.Slice(i.Id), OddsRules.Eu15)!, i.Outcome!.Value))
            .ToList();

        // When the calibration is fitted on all of them
        var fit = OddsCalibration.Fit(cases);

        // Then it is the shipped one: 109 of 172 outcomes at a held position, 4 at the status quo only, τ = 0.24
        var shipped = OddsCalibration.Eu15;
        Assert.Equal(109 / 172.0, fit.HeldShare, 12);
        Assert.Equal(4 / 172.0, fit.StatusQuoShare, 12);
        Assert.Equal(shipped.HeldShare, fit.HeldShare, 12);
        Assert.Equal(shipped.StatusQuoShare, fit.StatusQuoShare, 12);
        Assert.Equal(shipped.Tail, fit.Tail);
        Assert.Equal(0.24, fit.Tail);
        Assert.Equal(shipped.Residuals.Length, fit.Residuals.Length);
        for (var k = 0; k < fit.Residuals.Length; k++)
        {
            Assert.Equal(shipped.Residuals[k], fit.Residuals[k], 0.00005);
        }
    }
}
