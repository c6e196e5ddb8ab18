using System.Collections.Immutable;

namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>The result of a variance-based sensitivity analysis: per issue, the Sobol indices of the uncertain inputs.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Seed">The root seed.</param>
/// <param name="Samples">The number of base samples N.</param>
/// <param name="Uncertainty">The input distribution used.</param>
/// <param name="Issues">One set of indices per issue, in scenario order.</param>
public sealed record SobolResult(string Model, ulong Seed, int Samples, UncertaintySpec Uncertainty, ImmutableArray<IssueSobol> Issues)
{
    /// <summary>Looks up the indices of one issue.</summary>
    /// <param name="issueId">The issue.</param>
    /// <returns>The indices, or <see langword="null"/>.</returns>
    public IssueSobol? For(string issueId) => Issues.FirstOrDefault(i => i.IssueId == issueId);
}
