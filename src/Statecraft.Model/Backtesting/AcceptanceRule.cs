using System.Collections.Immutable;
using System.Globalization;

namespace Statecraft.Model.Backtesting;

/// <summary>The rule a model must pass to be called better than the compromise (docs/backtest.md).</summary>
/// <remarks>
/// <para>A model may be the recommended one only if its mean gain over the compromise is positive with t &gt; 2 under
/// both <c>proposal</c> and <c>kfold</c>, and it is never more than 0.5 MAE points worse than the compromise on any
/// <c>period</c> or <c>procedure</c> split.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class AcceptanceRule
{
    /// <summary>The t statistic the gain must exceed under <c>proposal</c> and <c>kfold</c>.</summary>
    public const double MinimumT = 2;

    /// <summary>The most a model may lose to the compromise, in MAE points, on any period or procedure split.</summary>
    public const double MaximumLoss = 0.5;

    /// <summary>Applies the rule to every model (other than the compromise) of the four schemes' reports.</summary>
    /// <param name="reports">One report per scheme: proposal, kfold, period and procedure, with the same models.</param>
    /// <returns>One verdict per model, in report order.</returns>
    /// <exception cref="ArgumentException">A scheme is missing.</exception>
    public static ImmutableArray<AcceptanceVerdict> Evaluate(IReadOnlyList<CrossValidationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var byScheme = reports.ToDictionary(r => r.Scheme);
        foreach (var scheme in Enum.GetValues<CrossValidationScheme>())
        {
            if (!byScheme.ContainsKey(scheme))
            {
                throw new ArgumentException($"The acceptance rule needs the {CrossValidationReport.NameOf(scheme)} report.", nameof(reports));
            }
        }

        var verdicts = ImmutableArray.CreateBuilder<AcceptanceVerdict>();
        foreach (var model in byScheme[CrossValidationScheme.Proposal].Models.Where(m => !string.Equals(m.Model, CrossValidator.Reference, StringComparison.OrdinalIgnoreCase)))
        {
            var failures = new List<string>();
            foreach (var scheme in new[] { CrossValidationScheme.Proposal, CrossValidationScheme.KFold })
            {
                foreach (var row in Rows(byScheme[scheme], model.Model))
                {
                    if (!(row.Gain > 0 && row.T > MinimumT))
                    {
                        failures.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{row.Split}: gain {Format(row.Gain)} ± {Format(row.GainStandardError)}, t = {Format(row.T)}, not above {MinimumT:0}"));
                    }
                }
            }

            foreach (var scheme in new[] { CrossValidationScheme.Period, CrossValidationScheme.Procedure })
            {
                foreach (var row in Rows(byScheme[scheme], model.Model))
                {
                    if (!(row.Gain >= -MaximumLoss))
                    {
                        failures.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{row.Split}: {Format(row.Gain is { } g ? -g : null)} MAE points worse than the compromise, more than {MaximumLoss:0.0}"));
                    }
                }
            }

            verdicts.Add(new AcceptanceVerdict(model.Model, failures.Count == 0, [.. failures]));
        }

        return verdicts.ToImmutable();
    }

    private static ImmutableArray<CrossValidationRow> Rows(CrossValidationReport report, string model) =>
        report.For(model)?.Rows ?? [new CrossValidationRow(report.SchemeName, 0, double.NaN, null, null, double.NaN, double.NaN, double.NaN)];

    private static string Format(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
