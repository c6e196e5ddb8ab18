namespace Statecraft.Model.Domain;

/// <summary>One actor's position on one issue and how much it cares.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ActorId">The actor.</param>
/// <param name="IssueId">The issue.</param>
/// <param name="Position">The actor's preferred outcome on the issue's own scale.</param>
/// <param name="Salience">The share of attention the actor gives the issue. Range: [0, 1].</param>
/// <param name="Capability">An issue-specific capability that overrides the actor's, if given. Range: (0, ∞).</param>
public readonly record struct Stance(string ActorId, string IssueId, double Position, double Salience, double? Capability = null);
