using Statecraft.Model.Backtesting;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Mixture;

namespace Statecraft.Scenarios.Tests.Formats.Deu;

/// <summary>Refits the statecraft model on DEU II EU-15 (Thomson et al. 2012) and pins the shipped parameters and its cross-validated accuracy.</summary>
public class StatecraftFitTests
{
    private const double Tolerance = 0.01;

    private static readonly Lazy<MixtureFit> Fit = new(() => MixtureFitter.Fit(DeuData.Eu15(), MixtureGrid.Default));

    [Fact]
    public void Fit_Eu15_ReproducesShippedParameters()
    {
        // Given the shipped parameters
        var shipped = MixtureParameters.Fitted;

        // When the model is refitted on the data
        var fitted = Fit.Value.Parameters;

        // Then the grid choice is identical and the residual quantiles agree to rounding
        Assert.Equal((shipped.CompromiseShare, shipped.StatusQuoShare, shipped.SalienceExponent), (fitted.CompromiseShare, fitted.StatusQuoShare, fitted.SalienceExponent));
        Assert.Equal((shipped.AdvisoryActor, shipped.AdvisoryFlag), (fitted.AdvisoryActor, fitted.AdvisoryFlag));
        Assert.Equal(shipped.ResidualLow, fitted.ResidualLow, 1e-9);
        Assert.Equal(shipped.ResidualHigh, fitted.ResidualHigh, 1e-9);
    }

    [Fact]
    public void Fit_Eu15_LeaveOneProposalOutMaeIsAtLeastFivePercentBelowCompromise()
    {
        // Given / When
        var fit = Fit.Value;

        // Then compromise 24.02 (§7.4), statecraft 22.81 out of sample on the same 172 issues
        Assert.Equal(172, fit.CrossValidated.Overall.N);
        Assert.Equal(172, fit.Compromise.Overall.N);
        Assert.InRange(fit.Compromise.Overall.MeanAbsoluteError!.Value, 24.02 - Tolerance, 24.02 + Tolerance);
        Assert.InRange(fit.CrossValidated.Overall.MeanAbsoluteError!.Value, 22.81 - Tolerance, 22.81 + Tolerance);
        Assert.True(fit.RelativeImprovement <= -0.05, $"relative change {fit.RelativeImprovement:P2}");
    }

    [Fact]
    public void Fit_Eu15_InSampleIsTheShippedModelsBacktest()
    {
        // Given the model with its shipped parameters, run through the backtest engine
        var report = Backtester.Run(DeuData.Eu15(), [BacktestEntry.For(new StatecraftModel())], ModelRunContext.Default);

        // Then it reproduces the fitter's in-sample figure (22.25)
        var fit = Fit.Value;
        Assert.Equal(fit.InSample.Overall.MeanAbsoluteError!.Value, report.Results[0].Overall.MeanAbsoluteError!.Value, 1e-9);
        Assert.InRange(fit.InSample.Overall.MeanAbsoluteError!.Value, 22.25 - Tolerance, 22.25 + Tolerance);
    }

    [Fact]
    public void Fit_Eu15_EightyPercentIntervalCoverageIsMeasuredNested()
    {
        // Given / When
        var fit = Fit.Value;

        // Then 136 of 172 held-out outcomes (79.1%) fall in their nested 80% interval
        Assert.Equal(136, (int)Math.Round(fit.IntervalCoverage * 172));
        Assert.InRange(fit.IntervalWidth, 66.93 - Tolerance, 66.93 + Tolerance);
    }

    [Fact]
    public void Fit_Eu15_EveryFoldChoosesFromTheGrid()
    {
        // Given / When
        var fit = Fit.Value;

        // Then there is one choice per proposal, each a grid candidate
        Assert.Equal(69, fit.FoldChoices.Count);
        var grid = MixtureGrid.Default;
        Assert.All(fit.FoldChoices.Values, p =>
        {
            Assert.Contains(p.CompromiseShare, grid.CompromiseShares);
            Assert.Contains(p.StatusQuoShare, grid.StatusQuoShares);
            Assert.Contains(p.SalienceExponent, grid.SalienceExponents);
        });
    }
}
