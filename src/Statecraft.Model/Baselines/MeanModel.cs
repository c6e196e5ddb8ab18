using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Baselines;

/// <summary>The plain, unweighted mean of the counted actors' positions: a naive baseline (§1.6).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class MeanModel : StaticIssueModel
{
    /// <inheritdoc />
    public override string Name => "mean";

    /// <inheritdoc />
    public override string Summary => "Plain mean of the positions of the actors that care (salience > 0); a naive baseline.";

    /// <inheritdoc />
    public override double? Compute(IssueSlice slice, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return WeightedStatistics.Mean(slice.Positions.AsSpan());
    }

    /// <inheritdoc />
    protected override string Basis(ModelSettings settings) => "plain mean of positions";
}
