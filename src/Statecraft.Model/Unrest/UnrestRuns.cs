using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>The paper's Model I runs by number (Epstein 2002, Table 2, as quoted by the replication specification; §5.11).</summary>
/// <remarks>
/// <para>All runs: 40 × 40 torus, k = 2.3, T = 0.1, agent density 0.7. The table itself is unverified against the PDF.</para>
/// <list type="bullet">
/// <item>Run 1: vision 1.7, L 0.89, J_max 15, no agent movement, cops 0.04 (deceptive behaviour, local outbursts).</item>
/// <item>Run 2: vision 7, L 0.82, J_max 30, cops 0.04 (punctuated equilibrium).</item>
/// <item>Run 3: vision 7, J = ∞, cops 0.074; L from 0.9 down to 0.2 by 0.01 per tick from τ = 77 ("salami").</item>
/// <item>Run 4: as Run 3, but L jumps from 0.9 to 0.7 at τ = 77.</item>
/// <item>Run 5: vision 7, L 0.8, J = ∞, cops 0.074 withdrawn linearly to 0 over τ = 50–550 (the replication's schedule).</item>
/// </list>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class UnrestRuns
{
    /// <summary>Gets the highest run number supported (Runs 6–8 are Model II).</summary>
    public static int Count => 5;

    /// <summary>Returns the options of run <paramref name="run"/> on top of <paramref name="preset"/>'s switches.</summary>
    /// <param name="run">The run number. Range: 1–5.</param>
    /// <param name="preset">The preset whose variant switches are kept.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="run"/> is not 1–5.</exception>
    public static UnrestOptions Run(int run, UnrestPreset preset = UnrestPreset.Statecraft) =>
        Apply(run, UnrestOptions.FromPreset(preset));

    /// <summary>Applies run <paramref name="run"/>'s parameters to <paramref name="options"/>, keeping its switches.</summary>
    /// <param name="run">The run number. Range: 1–5.</param>
    /// <param name="options">The options to start from.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="run"/> is not 1–5.</exception>
    public static UnrestOptions Apply(int run, UnrestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var paper = options with { Width = 40, Height = 40, AgentDensity = 0.7, K = 2.3, Threshold = 0.1, AgentMovement = true };
        return run switch
        {
            1 => paper with { AgentVision = 1.7, CopVision = 1.7, Legitimacy = 0.89, MaxJailTerm = 15, AgentMovement = false, CopDensity = 0.04 },
            2 => paper with { AgentVision = 7, CopVision = 7, Legitimacy = 0.82, MaxJailTerm = 30, CopDensity = 0.04 },
            3 => paper with { AgentVision = 7, CopVision = 7, Legitimacy = 0.9, JailTerm = JailTermRule.Infinite, CopDensity = 0.074, LegitimacyLaw = ScheduledLegitimacy.Salami },
            4 => paper with { AgentVision = 7, CopVision = 7, Legitimacy = 0.9, JailTerm = JailTermRule.Infinite, CopDensity = 0.074, LegitimacyLaw = ScheduledLegitimacy.Jump },
            5 => paper with { AgentVision = 7, CopVision = 7, Legitimacy = 0.8, JailTerm = JailTermRule.Infinite, CopDensity = 0.074, CopRemoval = CopRemoval.Run5 },
            _ => throw new ArgumentOutOfRangeException(nameof(run), run, "Model I runs are numbered 1 to 5 (Runs 6–8 are Model II)."),
        };
    }
}
