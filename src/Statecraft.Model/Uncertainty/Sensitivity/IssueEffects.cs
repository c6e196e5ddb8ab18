using System.Collections.Immutable;

namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>The one-at-a-time effects of every input on one issue's forecast, largest swing first.</summary>
/// <remarks>Immutable and thread-safe. Ties keep input order; inputs with an undefined swing come last.</remarks>
/// <param name="IssueId">The issue.</param>
/// <param name="Baseline">The forecast with every input at its value, if defined.</param>
/// <param name="Effects">The effects, ranked.</param>
public sealed record IssueEffects(string IssueId, double? Baseline, ImmutableArray<InputEffect> Effects);
