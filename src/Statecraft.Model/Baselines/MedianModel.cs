using Statecraft.Model.Baselines.Options;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Baselines;

/// <summary>The weighted median voter model: the Condorcet winner among the positions with weights c·s (§1.4).</summary>
/// <remarks>
/// Sources: Black (1948); Bueno de Mesquita (1994); the tie rule of Scholz, Calbert &amp; Smith (2011): the lower
/// weighted median. Stateless and thread-safe.
/// </remarks>
public sealed class MedianModel : StaticIssueModel
{
    /// <inheritdoc />
    public override string Name => "median";

    /// <inheritdoc />
    public override string Summary => "Weighted median position, the Condorcet winner (Black 1948; Bueno de Mesquita 1994).";

    /// <inheritdoc />
    public override IReadOnlyList<ModelOption> Options { get; } = [Method];

    private static ChoiceOption<MedianMethod> Method { get; } =
        new("method", MedianMethod.Sorted, "Sorted cumulative weights, or BDM's vote scan (docs/reference/conventions.md §1.4).");

    /// <inheritdoc />
    public override double? Compute(IssueSlice slice, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(settings);
        var w = slice.Weights();
        return Method.Read(settings) == MedianMethod.VoteScan
            ? (w.Sum() > 0 ? WeightedStatistics.VoteScanMedian(slice.Positions.AsSpan(), w) : null)
            : WeightedStatistics.LowerWeightedMedian(slice.Positions.AsSpan(), w);
    }

    /// <inheritdoc />
    protected override string Basis(ModelSettings settings) => "weighted median of positions (Condorcet winner)";
}
