using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>Removes an actor and all its stances (it leaves the negotiation).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ActorId">The actor to remove.</param>
public sealed record DropActorShock(string ActorId) : Shock
{
    /// <inheritdoc />
    public override string Description => $"drop actor '{ActorId}'";

    /// <inheritdoc />
    public override Scenario Apply(Scenario scenario)
    {
        RequireActor(scenario, ActorId);
        return Rebuild(scenario, [.. scenario.Actors.Where(a => a.Id != ActorId)], scenario.Stances.Where(s => s.ActorId != ActorId));
    }
}
