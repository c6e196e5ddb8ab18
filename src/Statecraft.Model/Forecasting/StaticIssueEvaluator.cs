using Statecraft.Model.Domain;

namespace Statecraft.Model.Forecasting;

/// <summary>The value-only path of a static model: <see cref="StaticIssueModel.Compute"/> on each issue's slice, without pulls or snapshots.</summary>
/// <remarks>Holds no state between calls; safe to share, though the engine still makes one per thread.</remarks>
internal sealed class StaticIssueEvaluator(StaticIssueModel model, Scenario scenario, ModelSettings settings) : IOutcomeEvaluator
{
    /// <inheritdoc />
    public void Evaluate(StanceValues values, ulong seed, Span<double> outcomes)
    {
        ArgumentNullException.ThrowIfNull(values);
        var issues = scenario.Issues.Length;
        if (values.Scenario.Issues.Length != issues)
        {
            throw new ArgumentException("The stance values belong to a scenario of another shape.", nameof(values));
        }

        if (outcomes.Length < issues)
        {
            throw new ArgumentException($"The outcome buffer has {outcomes.Length} entries; the scenario has {issues} issues.", nameof(outcomes));
        }

        for (var d = 0; d < issues; d++)
        {
            outcomes[d] = model.Compute(values.Slice(d), settings) ?? double.NaN;
        }
    }
}
