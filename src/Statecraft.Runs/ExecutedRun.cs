using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Model.Uncertainty.Shocks;

namespace Statecraft.Runs;

/// <summary>The results JSON of a run, with the result object for table and chart views (exactly one is set).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Json">The results JSON, as the writers of Statecraft.Reports render it.</param>
public sealed record ExecutedRun(string Json)
{
    /// <summary>Gets the Monte Carlo result, when the run was one.</summary>
    public MonteCarloResult? MonteCarlo { get; init; }

    /// <summary>Gets the one-at-a-time sensitivity result, when the run was one.</summary>
    public OneAtATimeResult? OneAtATime { get; init; }

    /// <summary>Gets the Sobol sensitivity result, when the run was one.</summary>
    public SobolResult? Sobol { get; init; }

    /// <summary>Gets the what-if comparison, when the run was one.</summary>
    public WhatIfResult? WhatIf { get; init; }
}
