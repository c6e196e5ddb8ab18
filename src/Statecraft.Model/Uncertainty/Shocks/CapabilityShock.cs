using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>Sets an actor's capability; its issue-specific capabilities are rescaled by the same ratio.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ActorId">The actor.</param>
/// <param name="Capability">The new capability. Range: (0, ∞).</param>
public sealed record CapabilityShock(string ActorId, double Capability) : Shock
{
    /// <inheritdoc />
    public override string Description => $"capability of '{ActorId}' = {Capability.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public override Scenario Apply(Scenario scenario)
    {
        if (!(double.IsFinite(Capability) && Capability > 0))
        {
            throw new ArgumentException($"Capability {Capability} must be finite and > 0.");
        }

        var actor = RequireActor(scenario, ActorId);
        var ratio = Capability / actor.Capability;
        var actors = scenario.Actors.Select(a => a.Id == ActorId ? a with { Capability = Capability } : a);
        var stances = scenario.Stances.Select(s => s.ActorId == ActorId && s.Capability is { } c ? s with { Capability = c * ratio } : s);
        return scenario.WithActors(actors, stances);
    }
}
