namespace Statecraft.Storage;

/// <summary>One replicate's forecast on one issue, the tidy long format of Monte Carlo output (run, replicate, seed, issue, value).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Replicate">The replicate index i, from 0.</param>
/// <param name="Seed">The replicate's seed, SeedSequence.Derive(root, i).</param>
/// <param name="IssueId">The issue.</param>
/// <param name="Value">The forecast, or <see langword="null"/> when undefined.</param>
public readonly record struct SampleRow(int Replicate, ulong Seed, string IssueId, double? Value);
