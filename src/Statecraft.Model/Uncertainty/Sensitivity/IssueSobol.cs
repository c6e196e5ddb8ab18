using System.Collections.Immutable;

namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>The Sobol indices of every uncertain input on one issue's forecast, largest first-order index first.</summary>
/// <remarks>Immutable and thread-safe. Ties keep input order; undefined indices come last.</remarks>
/// <param name="IssueId">The issue.</param>
/// <param name="Variance">The variance of the forecast V(Y) over the input distribution, if defined.</param>
/// <param name="Indices">The indices, ranked.</param>
public sealed record IssueSobol(string IssueId, double? Variance, ImmutableArray<SobolIndex> Indices);
