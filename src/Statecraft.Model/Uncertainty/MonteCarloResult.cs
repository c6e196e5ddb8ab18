using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty;

/// <summary>The outcome of a Monte Carlo forecast: the distribution of every issue's forecast, with its run manifest.</summary>
/// <remarks>
/// Replicate i used seed <c>SeedSequence.Derive(Seed, i)</c>: its perturbation draws come from stream 0 of that seed and
/// the model's own randomness from stream 1, so any replicate can be replayed alone. Immutable and thread-safe.
/// </remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Seed">The root seed.</param>
/// <param name="Runs">The number of replicates N.</param>
/// <param name="Uncertainty">The noise actually used.</param>
/// <param name="Settings">The model settings passed to every replicate.</param>
/// <param name="Baseline">The deterministic forecast of the unperturbed scenario (run with <paramref name="Seed"/>).</param>
/// <param name="Issues">One distribution per issue, in scenario order.</param>
public sealed record MonteCarloResult(
    string Model,
    ulong Seed,
    int Runs,
    UncertaintySpec Uncertainty,
    ModelSettings Settings,
    Forecast Baseline,
    ImmutableArray<OutcomeDistribution> Issues)
{
    /// <summary>Gets the number of threads the run was allowed (it does not affect the numbers).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Looks up the distribution of one issue.</summary>
    /// <param name="issueId">The issue.</param>
    /// <returns>The distribution, or <see langword="null"/>.</returns>
    public OutcomeDistribution? For(string issueId) => Issues.FirstOrDefault(i => i.IssueId == issueId);
}
