using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Backtesting;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Odds;

/// <summary>The <c>statecraft</c> model: a calibrated forecast distribution of each outcome, with a robust point forecast read from treaty rules.</summary>
/// <remarks>
/// <para>Point forecast (<see cref="IssueOdds"/>): the equal-weight mean of the compromise C (§1.3) and the
/// qualified-majority forecast M (the position of a Council side holding at least the qualified-majority share of the
/// Council's capability, else C). Nothing in it is fitted; the share is a treaty rule (<see cref="OddsRules"/>).</para>
/// <para>Distribution: mass at the positions held (in proportion to the weight behind them), at the reference point,
/// and over the compromise region C + residuals, in the shares fitted by <see cref="OddsCalibration"/>; its 80% interval
/// is [Q(τ), Q(1 − τ)]. <see cref="Run"/> uses the calibration on the EU-15 part of DEU II
/// (<see cref="OddsCalibration.Eu15"/>); the cross-validated backtest recalibrates on each training set
/// (<see cref="Calibrate"/>). On the EU-15 data the point forecast does not pass the acceptance rule: the compromise
/// stays the best point forecast known here (docs/models/statecraft.md). Static (round 0 only). Stateless and thread-safe.</para>
/// </remarks>
public sealed class StatecraftModel : IForecastModel, IDistributionForecaster
{
    /// <inheritdoc />
    public string Name => "statecraft";

    /// <inheritdoc />
    public string Summary => "Calibrated odds of each outcome (held positions, status quo, compromise region) with 80% intervals; point: mean of the compromise and the qualified-majority side. The compromise remains the best point forecast known.";

    /// <inheritdoc />
    public IReadOnlyList<ModelOption> Options => OddsRules.Options;

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, $"model '{Name}'");
        var rules = OddsRules.Read(settings);
        var issues = ImmutableArray.CreateBuilder<IssueForecast>(scenario.Issues.Length);
        foreach (var issue in scenario.Issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            issues.Add(Describe(scenario.Slice(issue.Id), rules, OddsCalibration.Eu15));
        }

        return new Forecast(Name, issues.MoveToImmutable()) { Settings = settings };
    }

    /// <inheritdoc />
    public Func<Issue, IntervalForecast?> Calibrate(Scenario scenario, ModelSettings settings, IReadOnlyList<Issue> training)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, $"model '{Name}'");
        var rules = OddsRules.Read(settings);
        var cases = new List<(IssueOdds, double)>(training.Count);
        foreach (var issue in training)
        {
            if (issue.Outcome is { } y && IssueOdds.Of(scenario.Slice(issue.Id), rules) is { } odds)
            {
                cases.Add((odds, y));
            }
        }

        var calibration = OddsCalibration.Fit(cases);
        return issue => IssueOdds.Of(scenario.Slice(issue.Id), rules)?.Forecast(calibration);
    }

    private static IssueForecast Describe(IssueSlice slice, OddsRules rules, OddsCalibration calibration)
    {
        var odds = IssueOdds.Of(slice, rules);
        var described = StaticIssueModel.Describe(slice, odds?.Point, "mean of the compromise and the qualified-majority forecast");
        if (odds is null)
        {
            return described;
        }

        var forecast = odds.Forecast(calibration);
        var distribution = forecast.Distribution;
        var statusQuo = slice.Issue.ReferencePoint is { } d ? distribution.ProbabilityOf(d) : 0;
        var heldMass = odds.Held.Sum(h => distribution.ProbabilityOf(h.Position));
        var metrics = ImmutableDictionary.CreateBuilder<string, double>();
        metrics["compromise"] = odds.Compromise;
        metrics["qualified-majority-forecast"] = odds.Majority;
        metrics["largest-council-share"] = odds.MajorityShare;
        metrics["interval-low"] = forecast.Low;
        metrics["interval-high"] = forecast.High;
        metrics["p-held-position"] = heldMass;
        metrics["p-status-quo"] = statusQuo;
        var likeliest = odds.Held.MaxBy(h => distribution.ProbabilityOf(h.Position));
        var majority = odds.HasQualifiedMajority
            ? string.Create(CultureInfo.InvariantCulture, $"a Council side holding {odds.MajorityShare:0.0%} (at least the qualified majority, {rules.FormatShare()}) is at {odds.Majority:0.##}: the forecast is halfway between it and the compromise")
            : string.Create(CultureInfo.InvariantCulture, $"no Council side holds the qualified majority ({rules.FormatShare()}; the largest holds {odds.MajorityShare:0.0%}): the forecast is the compromise");
        return described with
        {
            Pulls = StaticIssueModel.Pulls(slice.ActorIds, slice.Positions.AsSpan(), slice.Weights(), odds.Point),
            Metrics = metrics.ToImmutable(),
            Notes =
            [
                majority,
                string.Create(CultureInfo.InvariantCulture, $"80% interval [{forecast.Low:0.##}, {forecast.High:0.##}]; the outcome is a held position with probability {heldMass:0.00} (likeliest {likeliest.Position:0.##}, {distribution.ProbabilityOf(likeliest.Position):0.00}), the status quo {statusQuo:0.00}"),
                "odds calibrated on the EU-15 part of DEU II; outside EU legislation they are a reasoned guess, not a validated forecast",
            ],
        };
    }
}
