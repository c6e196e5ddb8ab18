using Statecraft.Model.Baselines.Options;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Baselines;

/// <summary>The compromise model: the capability×salience-weighted mean of positions, O = Σ c s x / Σ c s (§1.3).</summary>
/// <remarks>
/// Sources: Bueno de Mesquita (1994), "mean"; Achen (2006); Thomson et al. (2006). The benchmark forecast on the
/// DEU data. Undefined (not 0) when nobody has positive weight. Stateless and thread-safe.
/// </remarks>
public sealed class CompromiseModel : StaticIssueModel
{
    /// <inheritdoc />
    public override string Name => "compromise";

    /// <inheritdoc />
    public override string Summary => "Capability×salience-weighted mean of positions (Bueno de Mesquita 1994; Achen 2006).";

    /// <inheritdoc />
    public override IReadOnlyList<ModelOption> Options { get; } = [Weighting];

    private static ChoiceOption<CompromiseWeighting> Weighting { get; } =
        new("weighting", CompromiseWeighting.CapabilitySalience, "The weights of the mean (docs/reference/conventions.md §1.3).");

    /// <inheritdoc />
    public override double? Compute(IssueSlice slice, ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(settings);
        var weighting = Weighting.Read(settings);
        var w = new double[slice.Count];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = weighting switch
            {
                CompromiseWeighting.Salience => slice.Saliences[k],
                CompromiseWeighting.Capability => slice.Capabilities[k],
                _ => slice.Capabilities[k] * slice.Saliences[k],
            };
        }

        return WeightedStatistics.WeightedMean(slice.Positions.AsSpan(), w);
    }

    /// <inheritdoc />
    protected override string Basis(ModelSettings settings) => "weighted mean of positions (compromise)";
}
