namespace Statecraft.Model.Forecasting;

/// <summary>Computes a model's forecast value for every issue from a set of stance values, reusing its buffers from call to call.</summary>
/// <remarks>
/// Made by <see cref="IOutcomeModel.CreateEvaluator"/>. Implementations are mutable and not thread-safe: one evaluator
/// per thread. A call's result depends only on its arguments, never on earlier calls.
/// </remarks>
public interface IOutcomeEvaluator
{
    /// <summary>Writes each issue's forecast value, in scenario order, to <paramref name="outcomes"/>.</summary>
    /// <param name="values">The stance values; their scenario must have the shape the evaluator was made for.</param>
    /// <param name="seed">The run's root seed, as <see cref="ModelRunContext.Seed"/> of a full run.</param>
    /// <param name="outcomes">Out: one value per issue; NaN where the model gives no forecast.</param>
    /// <exception cref="ArgumentException">The values have another shape, or <paramref name="outcomes"/> is shorter than the issue count.</exception>
    void Evaluate(StanceValues values, ulong seed, Span<double> outcomes);
}
