using System.Collections.Immutable;

namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>The result of a one-at-a-time sensitivity analysis: per issue, the inputs ranked by how much they move its forecast.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Seed">The seed every evaluation used (common random numbers for stochastic models).</param>
/// <param name="Options">The steps.</param>
/// <param name="Issues">One ranking per issue, in scenario order.</param>
public sealed record OneAtATimeResult(string Model, ulong Seed, OneAtATimeOptions Options, ImmutableArray<IssueEffects> Issues)
{
    /// <summary>Looks up the ranking of one issue.</summary>
    /// <param name="issueId">The issue.</param>
    /// <returns>The ranking, or <see langword="null"/>.</returns>
    public IssueEffects? For(string issueId) => Issues.FirstOrDefault(i => i.IssueId == issueId);
}
