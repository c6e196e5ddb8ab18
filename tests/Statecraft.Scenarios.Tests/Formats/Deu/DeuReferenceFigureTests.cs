using Statecraft.Model.Backtesting;
using Statecraft.Model.Baselines;
using Statecraft.Model.Exchange;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Scenarios.Tests.Formats.Deu;

/// <summary>The EU-15 reference figures of §7.4 (DEU II, Thomson et al. 2012), to ±0.01.</summary>
public class DeuReferenceFigureTests
{
    private const double Tolerance = 0.01;

    private static readonly Lazy<BacktestReport> Report = new(() => Backtester.Run(
        DeuData.Eu15(),
        [
            BacktestEntry.For(new CompromiseModel()),
            new BacktestEntry(new CompromiseModel(), ModelSettings.Empty.With("weighting", "salience"), "compromise-equal"),
            new BacktestEntry(new ExchangeModel(), ModelSettings.Empty.With("mode", "clean"), "exchange-clean"),
            BacktestEntry.For(new ExchangeModel()),
        ],
        ModelRunContext.Default,
        NaiveBaseline.All));

    [Theory]
    [InlineData("compromise", 172, 24.02)]
    [InlineData("compromise-equal", 172, 23.87)]
    [InlineData("plain-mean", 172, 23.87)]
    [InlineData("median-actor", 172, 28.40)]
    [InlineData("commission", 168, 36.32)]
    [InlineData("reference-point", 130, 51.28)]
    public void Backtest_Eu15_MatchesReferenceFigure(string model, int n, double mae) =>
        // Given the EU-15 part of DEU II with vote weights (docs/reference/conventions.md §1.6), when every model and baseline is scored,
        // then n and the MAE are the published figures
        AssertFigure(model, n, mae);

    /// <remarks>
    /// The §7.4 exchange figure, 24.85, is not reproduced: it came out of mode = clean with equal gains in generation
    /// order. decide orders equal gains by their earlier gains (docs/reference/exchange.md §4.8), and with that order, the default,
    /// mode = clean gives 24.78 and the default bookkeeping 24.89 (docs/models/exchange.md).
    /// </remarks>
    [Theory]
    [InlineData("exchange-clean", 172, 24.78)]
    [InlineData("exchange", 172, 24.89)]
    public void Backtest_Eu15_ExchangeFiguresArePinned(string model, int n, double mae) =>
        // Given the same data, when the exchange model is scored with its two bookkeeping modes, then n and the MAE are
        // the measured figures
        AssertFigure(model, n, mae);

    [Fact]
    public void Backtest_Eu15_EqualCapabilityReaderMatchesSalienceWeighting()
    {
        // Given the file read with capability = equal
        var scenario = DeuData.Eu15("equal");

        // When the compromise model is scored
        var report = Backtester.Run(scenario, [BacktestEntry.For(new CompromiseModel())], ModelRunContext.Default);

        // Then it is the salience-weighted mean of §7.4
        Assert.InRange(report.Results[0].Overall.MeanAbsoluteError!.Value, 23.87 - Tolerance, 23.87 + Tolerance);
    }

    [Fact]
    public void Backtest_Eu15_CountsIssuesAndProposals()
    {
        // Given / When
        var report = Report.Value;

        // Then 173 issues in 69 proposals, 172 with an outcome; the procedures split 75 COD / 98 CNS
        Assert.Equal((173, 172, 69), (report.Issues, report.IssuesWithOutcome, report.Groups));
        var compromise = report.For("compromise")!;
        Assert.Equal(172, compromise.Subsets["cod"].N + compromise.Subsets["cns"].N);
        Assert.Equal(172, compromise.Subsets[BacktestSubsets.SingleIssue].N + compromise.Subsets[BacktestSubsets.MultiIssue].N);
    }

    private static void AssertFigure(string model, int n, double mae)
    {
        var result = Report.Value.For(model)!;
        Assert.Equal(n, result.Overall.N);
        Assert.InRange(result.Overall.MeanAbsoluteError!.Value, mae - Tolerance, mae + Tolerance);
    }
}
