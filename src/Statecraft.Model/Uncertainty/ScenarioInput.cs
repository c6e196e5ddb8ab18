namespace Statecraft.Model.Uncertainty;

/// <summary>Names one number of a scenario: an actor's position or salience on an issue, or an actor's capability.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Kind">Which number it is.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="IssueId">The issue; <see langword="null"/> for a capability.</param>
public readonly record struct ScenarioInput(InputKind Kind, string ActorId, string? IssueId)
{
    /// <summary>Gets a short name such as <c>position(usa, ceasefire)</c> or <c>capability(usa)</c>.</summary>
    public string Name => Kind switch
    {
        InputKind.Position => $"position({ActorId}, {IssueId})",
        InputKind.Salience => $"salience({ActorId}, {IssueId})",
        _ => $"capability({ActorId})",
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
