using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Spatial.Options;

/// <summary>The help text of every option of the Spatial Model of Politics.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class SmpOptionCatalog
{
    /// <summary>Gets the options, KTAB's nine parameters first.</summary>
    public static IReadOnlyList<ModelOptionInfo> All { get; } =
    [
        new("victory-prob-model", "linear", "linear, square, quartic, octic, binary", "KTAB VictoryProbModel: V(a,b) = C(a:b)^ν/(C(a:b)^ν + C(b:a)^ν), ν = 1, 2, 4, 8, or a steep ramp (docs/reference/spatial.md §3.6)."),
        new("pce-model", "conditional", "conditional, markov-incentive, markov-uniform", "KTAB PCEModel: how pairwise victory probabilities become one distribution (docs/reference/spatial.md §3.7)."),
        new("state-transitions", "deterministic", "deterministic, stochastic", "KTAB StateTransitions: take each queue's most probable bargain, or draw one with a seeded stream (docs/reference/spatial.md §3.12)."),
        new("voting-rule", "prop", "binary, prop-bin, prop, prop-cbc, cubic, a-sym-prosp", "KTAB VotingRule: how a utility difference becomes a vote (docs/reference/spatial.md §3.5)."),
        new("big-r-adjust", "one-third", "none, one-third, half, two-thirds, full", "KTAB BigRAdjust: how h perceives i's risk attitude, r_hi between R_h and R_i (docs/reference/spatial.md §3.8)."),
        new("big-r-range", "mid", "min, mid, max", "KTAB BigRRange: risk attitudes on [0, 1], [−½, 1] or [−1, 1] (docs/reference/spatial.md §3.8)."),
        new("third-party-commit", "semi-commit", "no-commit, semi-commit, full-commit", "KTAB ThirdPartyCommit: what a third party expects after joining a side (docs/reference/spatial.md §3.9)."),
        new("inter-vec-brgn", "s2p2", "s1p1, s2p2, s2pmax", "KTAB InterVecBrgn: bargain weights s·p, s²·p², or only the weaker side moves (docs/reference/spatial.md §3.11)."),
        new("bargn-model", "init-only-interp", "init-only-interp, init-rcvr-interp, pwcomp-interp", "KTAB BargnModel: whose estimate shapes the bargain (docs/reference/spatial.md §3.11)."),
        new("mode", "ktab-compatible", "ktab-compatible, corrected", "Reproduce KTAB's known quirks Q1–Q8, or fix them (docs/reference/spatial.md §3.17)."),
        new("resolution-weights", "capability", "capability, capability-times-salience", "Voting weight of risk attitudes, bargain choice and win probabilities (docs/reference/spatial.md §3.16)."),
        new("forecast", "weighted-mean", "weighted-mean, cluster-mean", "Each issue's forecast: Σ c s x/Σ c s of the final positions, or the win-probability-weighted mean of the final clusters (docs/reference/spatial.md §3.15)."),
        new("min-turns", "2", "[1, max-turns]", "Fewest turns before the convergence test applies (docs/reference/spatial.md §3.14)."),
        new("max-turns", "100", "[1, 10000]", "Largest number of turns; --rounds sets it too (docs/reference/spatial.md §3.14)."),
        new("stop-ratio", "0.02", "[0, 1]", "Stop when Δ(t−1, t)/(Δ(0, 1) + stop-floor) falls below this (docs/reference/spatial.md §3.14)."),
        new("stop-floor", "0.0001", "(0, 1]", "Floor added to the first move in the convergence test (docs/reference/spatial.md §3.14)."),
        new("pce-max-iterations", "10000", "[1, 10000000]", "Cap on the Markov PCE iterations; reaching it leaves a warning (docs/reference/spatial.md §3.17 Q9)."),
        new("seed", "the run's", "[0, 18446744073709551615]", "Root seed of the stochastic transitions; overrides the run's seed (--seed, else the scenario's prngSeed)."),
        new("ideal-adjustment", "identity", "'adjusting:reference=value; …' with actor ids", "KTAB IdealAdjustment: entries a_ij of the accommodation matrix that pulls ideals towards positions (docs/reference/spatial.md §3.13); alias affinity."),
    ];
}
