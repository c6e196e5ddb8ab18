namespace Statecraft.Model.Uncertainty;

/// <summary>Replaces some of the default noise levels of an <see cref="UncertaintySpec"/> for one actor, one issue, or one actor on one issue.</summary>
/// <remarks>
/// <para>An override with both ids applies to that stance only; with <see cref="ActorId"/> alone to every stance of the
/// actor and to its capability; with <see cref="IssueId"/> alone to every stance on the issue. A parameter left
/// <see langword="null"/> keeps the value of the next less specific level. Precedence, most specific first:
/// actor and issue, actor, issue, the spec's defaults; among overrides of the same level the later one wins.</para>
/// <para>Capability is a property of the actor, so <see cref="CapabilitySigma"/> may be set only on an override without
/// an issue (<see cref="UncertaintySpec"/> rejects it otherwise).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="ActorId">The actor, or <see langword="null"/> for every actor.</param>
/// <param name="IssueId">The issue, or <see langword="null"/> for every issue.</param>
public sealed record UncertaintyOverride(string? ActorId, string? IssueId)
{
    /// <summary>Gets the standard deviation of position noise as a share of the issue's scale width, if overridden.</summary>
    /// <remarks>Range: [0, 1].</remarks>
    public double? PositionShare { get; init; }

    /// <summary>Gets σ of the multiplicative log-normal noise on salience, if overridden.</summary>
    /// <remarks>Range: [0, 5].</remarks>
    public double? SalienceSigma { get; init; }

    /// <summary>Gets σ of the multiplicative log-normal noise on capability, if overridden.</summary>
    /// <remarks>Range: [0, 5]. Only on an override without <see cref="IssueId"/>.</remarks>
    public double? CapabilitySigma { get; init; }

    /// <summary>Gets how specific the override is: 3 for actor and issue, 2 for actor, 1 for issue, 0 for neither.</summary>
    public int Specificity => (ActorId is null ? 0 : 2) + (IssueId is null ? 0 : 1);

    /// <summary>Returns whether the override applies to the stance of <paramref name="actorId"/> on <paramref name="issueId"/>.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="issueId">The issue, or <see langword="null"/> for the actor's capability.</param>
    /// <returns><see langword="true"/> when every id the override names matches.</returns>
    public bool AppliesTo(string actorId, string? issueId) =>
        (ActorId is null || ActorId == actorId) && (IssueId is null || IssueId == issueId);
}
