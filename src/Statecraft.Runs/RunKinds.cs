using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>The kinds of run the store records, as written in <see cref="RunRequest.Kind"/>.</summary>
public static class RunKinds
{
    /// <summary>A Monte Carlo forecast of replicates with perturbed inputs.</summary>
    public const string MonteCarlo = "monte-carlo";

    /// <summary>A one-at-a-time sensitivity analysis.</summary>
    public const string OneAtATime = "sensitivity-oat";

    /// <summary>A Sobol (variance-based) sensitivity analysis.</summary>
    public const string Sobol = "sensitivity-sobol";

    /// <summary>A what-if: the forecast before and after shocks.</summary>
    public const string WhatIf = "what-if";

    /// <summary>An unrest sweep: Epstein's Model I over seeds × a parameter grid, one summary per run (<see cref="UnrestSweepRequest"/>).</summary>
    public const string UnrestSweep = "unrest-sweep";
}
