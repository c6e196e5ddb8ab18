using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>Sets one actor's position on one issue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ActorId">The actor.</param>
/// <param name="IssueId">The issue; the actor must already take a stance on it.</param>
/// <param name="Position">The new position, on the issue's scale.</param>
public sealed record PositionShock(string ActorId, string IssueId, double Position) : Shock
{
    /// <inheritdoc />
    public override string Description => $"position of '{ActorId}' on '{IssueId}' = {Position.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public override Scenario Apply(Scenario scenario)
    {
        var k = RequireStance(scenario, ActorId, IssueId);
        var scale = scenario.FindIssue(IssueId)!.Scale;
        if (!scale.Contains(Position))
        {
            throw new ArgumentException($"Position {Position} is out of range [{scale.Min}, {scale.Max}] of issue '{IssueId}'.");
        }

        return scenario.WithStances(scenario.Stances.SetItem(k, scenario.Stances[k] with { Position = Position }));
    }
}
