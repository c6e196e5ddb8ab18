using Statecraft.Model.Baselines.Options;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Baselines;

/// <summary>The asymmetric Nash bargaining solution per issue, with the reference point as disagreement point (§1.5).</summary>
/// <remarks>
/// Sources: Nash (1950); Kalai (1977); used on DEU data by Achen (2006) and Thomson et al. (2006). The precise form
/// (weights θ = c·s, quadratic loss, empty-feasible rule) is Statecraft's own. Without a reference point it equals
/// the compromise model. Stateless and thread-safe.
/// </remarks>
public sealed class NashModel : StaticIssueModel
{
    /// <inheritdoc />
    public override string Name => "nash";

    /// <inheritdoc />
    public override string Summary => "Asymmetric Nash bargaining solution against the status quo (Nash 1950; Kalai 1977).";

    /// <inheritdoc />
    public override IReadOnlyList<ModelOption> Options { get; } = [Loss, EmptyFeasible];

    private static ChoiceOption<NashLoss> Loss { get; } = new("loss", NashLoss.Quadratic, "Utility loss away from the ideal point.");

    private static ChoiceOption<NashEmptyFeasible> EmptyFeasible { get; } =
        new("empty-feasible", NashEmptyFeasible.ReferencePoint, "What to return when no outcome improves on the status quo for every actor.");

    /// <inheritdoc />
    public override double? Compute(IssueSlice slice, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(settings);
        return NashBargaining.Solve(
            slice.Positions.AsSpan(),
            slice.Weights(),
            slice.Issue.Scale.Min,
            slice.Issue.Scale.Max,
            slice.Issue.ReferencePoint,
            Loss.Read(settings),
            EmptyFeasible.Read(settings));
    }

    /// <inheritdoc />
    protected override string Basis(ModelSettings settings) => "Nash bargaining solution against the reference point (compromise when there is none)";
}
