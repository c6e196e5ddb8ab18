using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Mixture;

/// <summary>The <c>statecraft</c> model: the median of an outcome distribution mixing the compromise, the status quo and the positions held.</summary>
/// <remarks>
/// <para>The outcome is the negotiated compromise (probability π), the reference point survives ((1 − π)·ρ), or one
/// position prevails, with probability in proportion to the weight c·s^b behind it. The forecast is the distribution's
/// median, the point that minimises the expected absolute error. On issues carrying the advisory flag (DEU: consultation,
/// <c>cns</c>) the advisory actor (the Parliament) has no weight. π, ρ and b are fitted by <see cref="MixtureFitter"/> on
/// the EU-15 part of DEU II (Thomson et al. 2012); see docs/models/statecraft.md for the design, the cross-validated
/// accuracy against the compromise model (§1.3) and the limits.</para>
/// <para>Each issue's forecast carries an 80% interval (metrics <c>interval-low</c>, <c>interval-high</c>) from the
/// out-of-sample residual quantiles. Static (round 0 only). Stateless and thread-safe.</para>
/// </remarks>
public sealed class StatecraftModel : IForecastModel
{
    /// <inheritdoc />
    public string Name => "statecraft";

    /// <inheritdoc />
    public string Summary => "Median of a compromise / status-quo / prevailing-position mixture, fitted on DEU II with leave-one-proposal-out validation.";

    /// <inheritdoc />
    public IReadOnlyList<ModelOptionInfo> Options { get; } =
    [
        new("compromise-share", Format(MixtureParameters.Fitted.CompromiseShare), "[0, 1]", "π, the probability that the outcome is the compromise."),
        new("status-quo-share", Format(MixtureParameters.Fitted.StatusQuoShare), "[0, 1]", "ρ, the share of the rest on the reference point."),
        new("salience-exponent", Format(MixtureParameters.Fitted.SalienceExponent), "[0, 10]", "b, the power of salience in the weight c·s^b."),
        new("advisory-actor", MixtureParameters.Fitted.AdvisoryActor, "an actor id", "The actor with no weight on issues with the advisory flag."),
        new("advisory-flag", MixtureParameters.Fitted.AdvisoryFlag, "an issue flag, or none", "The flag of the advisory procedure (DEU: cns, consultation)."),
    ];

    /// <summary>Reads the parameters from settings, defaulting to <see cref="MixtureParameters.Fitted"/>.</summary>
    /// <param name="settings">The option values.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    public static MixtureParameters ReadParameters(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var f = MixtureParameters.Fitted;
        var flag = settings.GetString("advisory-flag", f.AdvisoryFlag);
        return f with
        {
            CompromiseShare = settings.GetDouble("compromise-share", f.CompromiseShare, 0, 1),
            StatusQuoShare = settings.GetDouble("status-quo-share", f.StatusQuoShare, 0, 1),
            SalienceExponent = settings.GetDouble("salience-exponent", f.SalienceExponent, 0, 10),
            AdvisoryActor = settings.GetString("advisory-actor", f.AdvisoryActor),
            AdvisoryFlag = string.Equals(flag, "none", StringComparison.OrdinalIgnoreCase) ? string.Empty : flag,
        };
    }

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var parameters = ReadParameters(settings);
        var issues = ImmutableArray.CreateBuilder<IssueForecast>(scenario.Issues.Length);
        foreach (var issue in scenario.Issues)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            issues.Add(Forecast(scenario.Slice(issue.Id), parameters));
        }

        return new Forecast(Name, issues.MoveToImmutable()) { Settings = settings };
    }

    private static IssueForecast Forecast(IssueSlice slice, MixtureParameters parameters)
    {
        var outcome = OutcomeMixture.Compute(slice, parameters);
        var basis = "median of the outcome distribution (compromise, status quo, prevailing positions)";
        var described = StaticIssueModel.Describe(slice, outcome?.Median, basis);
        if (outcome is null)
        {
            return described;
        }

        var scale = slice.Issue.Scale;
        var unit = scale.Range / 100.0;
        var low = Math.Clamp(outcome.Median + (parameters.ResidualLow * unit), scale.Min, scale.Max);
        var high = Math.Clamp(outcome.Median + (parameters.ResidualHigh * unit), scale.Min, scale.Max);
        var atom = outcome.MedianAtom;
        var metrics = ImmutableDictionary.CreateBuilder<string, double>();
        metrics["compromise"] = outcome.Compromise;
        metrics["interval-low"] = low;
        metrics["interval-high"] = high;
        metrics["p-compromise"] = outcome.Atoms.Where(a => a.Kind == "compromise").Sum(a => a.Probability);
        metrics["p-status-quo"] = outcome.Atoms.Where(a => a.Kind == "status-quo").Sum(a => a.Probability);
        metrics["p-below"] = outcome.Atoms.Where(a => a.Position < atom.Position).Sum(a => a.Probability);
        metrics["p-above"] = outcome.Atoms.Where(a => a.Position > atom.Position).Sum(a => a.Probability);
        var holders = Enumerable.Range(0, slice.Count).Where(k => slice.Positions[k] == outcome.Median).Select(k => slice.ActorIds[k]).ToList();
        var note = atom.Kind switch
        {
            "compromise" => "no single position or the status quo holds half the probability, so the forecast is the compromise",
            "status-quo" => "the median falls on the reference point: the status quo is forecast to survive",
            _ => $"the median falls on the position held by {string.Join(", ", holders)}: that side is forecast to prevail",
        };
        return described with
        {
            Pulls = StaticIssueModel.Pulls(slice.ActorIds, slice.Positions.AsSpan(), OutcomeMixture.Weights(slice, parameters), outcome.Median),
            Metrics = metrics.ToImmutable(),
            Notes = [note, string.Create(CultureInfo.InvariantCulture, $"80% interval [{low:0.##}, {high:0.##}] from out-of-sample residuals on DEU II")],
        };
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
