using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>Sets one actor's salience on one issue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ActorId">The actor.</param>
/// <param name="IssueId">The issue; the actor must already take a stance on it.</param>
/// <param name="Salience">The new salience. Range: [0, 1].</param>
public sealed record SalienceShock(string ActorId, string IssueId, double Salience) : Shock
{
    /// <inheritdoc />
    public override string Description => $"salience of '{ActorId}' on '{IssueId}' = {Salience.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public override Scenario Apply(Scenario scenario)
    {
        if (!(Salience >= 0 && Salience <= 1))
        {
            throw new ArgumentException($"Salience {Salience} is out of range [0, 1].");
        }

        var k = RequireStance(scenario, ActorId, IssueId);
        return scenario.WithStances(scenario.Stances.SetItem(k, scenario.Stances[k] with { Salience = Salience }));
    }
}
