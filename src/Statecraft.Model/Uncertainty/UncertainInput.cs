namespace Statecraft.Model.Uncertainty;

/// <summary>One number of a scenario that the uncertainty analysis varies: a position, a salience or a capability.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Kind">Which number it is.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="IssueId">The issue; <see langword="null"/> for a capability.</param>
/// <param name="Sigma">The noise level: σ_x·(U − L) in scale units for a position, the log-normal σ otherwise. Range: ≥ 0.</param>
public readonly record struct UncertainInput(InputKind Kind, string ActorId, string? IssueId, double Sigma)
{
    /// <summary>Gets the input without its noise level.</summary>
    public ScenarioInput Input => new(Kind, ActorId, IssueId);

    /// <summary>Gets a short name such as <c>position(usa, ceasefire)</c> or <c>capability(usa)</c>.</summary>
    public string Name => Input.Name;
}
