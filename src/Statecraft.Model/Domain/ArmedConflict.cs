using System.Collections.Immutable;

namespace Statecraft.Model.Domain;

/// <summary>The war-exhaustion data of an issue that is an armed conflict (§6.2, Statecraft's own model).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Involved">The actors who bear the cost of the fighting.</param>
/// <param name="CostPerRound">κ: the cost each involved actor bears per round, in the actor's capability units (exhaustion is the cumulative cost over the actor's initial capability, §6.3 (a)). Range: κ ≥ 0.</param>
/// <param name="SettlementPoint">z: the point of the scale that means ceasefire or settlement.</param>
public sealed record ArmedConflict(ImmutableArray<string> Involved, double CostPerRound, double SettlementPoint)
{
    /// <summary>Gets per-actor costs that override <see cref="CostPerRound"/>.</summary>
    public ImmutableDictionary<string, double> CostByActor { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Returns κ for one involved actor.</summary>
    /// <param name="actorId">An actor id.</param>
    /// <returns>The actor's own cost when given, otherwise <see cref="CostPerRound"/>.</returns>
    public double CostFor(string actorId) => CostByActor.TryGetValue(actorId, out var k) ? k : CostPerRound;
}
