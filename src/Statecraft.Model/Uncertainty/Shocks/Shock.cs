using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>A what-if change to a scenario: drop an actor, set a salience, capability or position, or merge two actors.</summary>
/// <remarks>
/// A shock is a pure function from a scenario to a new, revalidated scenario; metadata, settings, rationales and seed are
/// kept, and uncertainty overrides that name a removed actor are dropped. Immutable and thread-safe.
/// </remarks>
public abstract record Shock
{
    /// <summary>Gets a one-line description such as <c>drop actor 'usa'</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Applies the shock.</summary>
    /// <param name="scenario">The scenario before the shock.</param>
    /// <returns>The scenario after it.</returns>
    /// <exception cref="ArgumentException">The shock names an actor or issue the scenario lacks, or sets a value out of range.</exception>
    public abstract Scenario Apply(Scenario scenario);

    /// <summary>Returns the actor with the given id or throws, suggesting the known ids.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="actorId">The id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException">No actor has that id.</exception>
    protected static Actor RequireActor(Scenario scenario, string actorId)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.FindActor(actorId)
            ?? throw new ArgumentException($"Unknown actor '{actorId}'. Known actors: {string.Join(", ", scenario.Actors.Select(a => a.Id))}.");
    }

    /// <summary>Returns the stance index of an actor on an issue or throws.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="actorId">The actor.</param>
    /// <param name="issueId">The issue.</param>
    /// <returns>The index into <see cref="Scenario.Stances"/>.</returns>
    /// <exception cref="ArgumentException">The actor or issue is unknown, or the actor has no stance on the issue.</exception>
    protected static int RequireStance(Scenario scenario, string actorId, string issueId)
    {
        RequireActor(scenario, actorId);
        if (scenario.FindIssue(issueId) is null)
        {
            throw new ArgumentException($"Unknown issue '{issueId}'. Known issues: {string.Join(", ", scenario.Issues.Select(i => i.Id))}.");
        }

        for (var k = 0; k < scenario.Stances.Length; k++)
        {
            if (scenario.Stances[k].ActorId == actorId && scenario.Stances[k].IssueId == issueId)
            {
                return k;
            }
        }

        throw new ArgumentException($"Actor '{actorId}' takes no stance on issue '{issueId}'.");
    }

    /// <summary>Replaces actors and stances, keeping only the uncertainty overrides whose actors remain.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="actors">The new actors.</param>
    /// <param name="stances">The new stances.</param>
    /// <returns>The new scenario.</returns>
    protected static Scenario Rebuild(Scenario scenario, IReadOnlyCollection<Actor> actors, IEnumerable<Stance> stances)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(actors);
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var rebuilt = scenario.WithActors(actors, stances);
        return rebuilt.Uncertainty is null ? rebuilt : rebuilt with { Uncertainty = rebuilt.Uncertainty.Restrict(ids.Contains, _ => true) };
    }
}
