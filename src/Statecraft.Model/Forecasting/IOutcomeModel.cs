using Statecraft.Model.Domain;

namespace Statecraft.Model.Forecasting;

/// <summary>A model that can compute its forecast values alone, without rounds, events, pulls and notes, for fast repeated runs.</summary>
/// <remarks>
/// <para>Monte Carlo replicates need one number per issue, not the record of how the model got there; building that
/// record (a snapshot per round, an event per move with its detail text) costs far more than the model's arithmetic.
/// A model that implements this interface offers a value-only path that <see cref="Uncertainty.MonteCarloForecaster"/>
/// uses instead of <see cref="IForecastModel.Run"/>; models that do not are run in full.</para>
/// <para>Contract: for any values v of a scenario's stances and any seed, the evaluator's outcome for issue d is
/// bit-identical to <c>Run(scenario with v, settings, new ModelRunContext(seed)).Issues[d].Value</c>, with NaN where
/// that value is <see langword="null"/>. Tests compare both paths.</para>
/// </remarks>
public interface IOutcomeModel : IForecastModel
{
    /// <summary>Creates an evaluator for scenarios of the same shape as <paramref name="scenario"/>; options are resolved and checked once, here.</summary>
    /// <param name="scenario">The scenario whose actors, issues, stances and stored settings the evaluator serves.</param>
    /// <param name="settings">Option values, as given to <see cref="IForecastModel.Run"/>.</param>
    /// <returns>A new evaluator; give each thread its own.</returns>
    /// <exception cref="ModelOptionException">An option value is not allowed.</exception>
    IOutcomeEvaluator CreateEvaluator(Scenario scenario, ModelSettings settings);
}
