using System.Collections.Immutable;
using Statecraft.Model.Unrest.InterEthnic.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>The named Model II runs, matching the outcomes Epstein (2002) reports for inter-group violence (§5.11, §5.13).</summary>
/// <remarks>
/// <para>All runs: 40 × 40 torus, agent density 0.7 (half Blue, half Green), vision 1.7 for agents and cops, k = 2.3,
/// T = 0.1, J_max 15, clone probability 0.05, death age uniform on {1, …, 200} (Table 2's Runs 6–8, as quoted by the
/// replication specification; unverified against the PDF).</para>
/// <list type="bullet">
/// <item><c>ii-coexistence</c> (Run 6): L = 0.9, no cops. The paper: peaceful coexistence.</item>
/// <item><c>ii-genocide</c> (Run 7): L = 0.8, no cops. The paper: local ethnic cleansing, then genocide, 30 of 30 runs, random victor.</item>
/// <item><c>ii-safe-havens</c>: as Run 7, with cops of density 0.04 dropped in at t = 50. The paper: "safe havens" typically emerge.</item>
/// <item><c>ii-nasty-regime</c> (Run 8): L = 0.8, cops 0.04 from the start. The paper: "a stable, but nasty, regime".</item>
/// <item><c>ii-withdrawal</c>: as Run 8, with the cops withdrawn at t = 100 (<b>[Statecraft]</b> tick; the paper gives none). The paper: reverts to genocide.</item>
/// </list>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class InterEthnicRuns
{
    /// <summary>Gets the tick at which <c>ii-withdrawal</c> withdraws its cops.</summary>
    public static int WithdrawalTick => 100;

    /// <summary>Gets the tick at which <c>ii-safe-havens</c> drops in its peacekeepers (the paper's t = 50).</summary>
    public static int PeacekeeperArrivalTick => 50;

    /// <summary>Gets the run names, in the order above.</summary>
    public static ImmutableArray<string> Names { get; } = ["ii-coexistence", "ii-genocide", "ii-safe-havens", "ii-nasty-regime", "ii-withdrawal"];

    /// <summary>Gets the paper's Table 2 runs of Model II by number: 6 → <c>ii-coexistence</c>, 7 → <c>ii-genocide</c>, 8 → <c>ii-nasty-regime</c>.</summary>
    public static ImmutableDictionary<int, string> TableRuns { get; } = new Dictionary<int, string>
    {
        [6] = "ii-coexistence",
        [7] = "ii-genocide",
        [8] = "ii-nasty-regime",
    }.ToImmutableDictionary();

    /// <summary>Returns whether <paramref name="name"/> is a run name (case-insensitive) or a Table 2 run number 6–8.</summary>
    /// <param name="name">The name or number.</param>
    /// <returns><see langword="true"/> when <see cref="Run(string)"/> accepts it.</returns>
    public static bool IsKnown(string? name) => name is not null && Canonical(name) is not null;

    /// <summary>Returns the options of the named run.</summary>
    /// <param name="name">A name from <see cref="Names"/> (case-insensitive) or a Table 2 run number 6–8.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The name is not known.</exception>
    public static InterEthnicOptions Run(string name) => Apply(name, new InterEthnicOptions());

    /// <summary>Applies the named run's parameters to <paramref name="options"/>, keeping its variant switches.</summary>
    /// <param name="name">A name from <see cref="Names"/> (case-insensitive) or a Table 2 run number 6–8.</param>
    /// <param name="options">The options to start from.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The name is not known.</exception>
    public static InterEthnicOptions Apply(string name, InterEthnicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var paper = options with
        {
            Width = 40,
            Height = 40,
            AgentDensity = 0.7,
            BlueShare = 0.5,
            AgentVision = 1.7,
            CopVision = 1.7,
            K = ArrestProbability.ConventionalK,
            Threshold = 0.1,
            MaxJailTerm = 15,
            CloneProbability = 0.05,
            MaxAge = 200,
            AgentMovement = true,
            CopArrivalTick = 0,
            CopWithdrawalTick = null,
        };
        return Canonical(name) switch
        {
            "ii-coexistence" => paper with { BlueLegitimacy = 0.9, GreenLegitimacy = 0.9, CopDensity = 0 },
            "ii-genocide" => paper with { BlueLegitimacy = 0.8, GreenLegitimacy = 0.8, CopDensity = 0 },
            "ii-safe-havens" => paper with { BlueLegitimacy = 0.8, GreenLegitimacy = 0.8, CopDensity = 0.04, CopArrivalTick = PeacekeeperArrivalTick },
            "ii-nasty-regime" => paper with { BlueLegitimacy = 0.8, GreenLegitimacy = 0.8, CopDensity = 0.04 },
            "ii-withdrawal" => paper with { BlueLegitimacy = 0.8, GreenLegitimacy = 0.8, CopDensity = 0.04, CopWithdrawalTick = WithdrawalTick },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"Unknown Model II run; use {string.Join(", ", Names)} or 6–8."),
        };
    }

    private static string? Canonical(string name)
    {
        var trimmed = name.Trim().ToLowerInvariant();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return TableRuns.TryGetValue(number, out var run) ? run : null;
        }

        return Names.Contains(trimmed) ? trimmed : null;
    }
}
