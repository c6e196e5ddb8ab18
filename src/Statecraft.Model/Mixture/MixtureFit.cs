using System.Collections.Immutable;
using Statecraft.Model.Backtesting;

namespace Statecraft.Model.Mixture;

/// <summary>The result of fitting the <c>statecraft</c> model: the parameters and their honest, cross-validated accuracy.</summary>
/// <remarks>Immutable and thread-safe. Errors are on a 0–100 scale (DEU).</remarks>
/// <param name="Parameters">The parameters selected on all the data, with the residual quantiles of the cross-validated residuals.</param>
/// <param name="InSample">The accuracy of <paramref name="Parameters"/> on the data they were fitted on (optimistic).</param>
/// <param name="CrossValidated">The leave-one-proposal-out accuracy: each proposal forecast with parameters selected on the others.</param>
/// <param name="Compromise">The compromise model's accuracy on the same issues (it has nothing to fit, so this is out of sample).</param>
/// <param name="FoldChoices">The parameters selected in each fold, by proposal.</param>
/// <param name="IntervalCoverage">The share of held-out outcomes inside their 80% interval (nested: the residual quantiles come from the other proposals only).</param>
/// <param name="IntervalWidth">The mean width of those intervals.</param>
public sealed record MixtureFit(
    MixtureParameters Parameters,
    ModelBacktest InSample,
    ModelBacktest CrossValidated,
    ModelBacktest Compromise,
    ImmutableSortedDictionary<string, MixtureParameters> FoldChoices,
    double IntervalCoverage,
    double IntervalWidth)
{
    /// <summary>Gets the cross-validated MAE relative to the compromise model's, e.g. −0.05 for 5% lower.</summary>
    public double RelativeImprovement =>
        (CrossValidated.Overall.MeanAbsoluteError!.Value / Compromise.Overall.MeanAbsoluteError!.Value) - 1;
}
