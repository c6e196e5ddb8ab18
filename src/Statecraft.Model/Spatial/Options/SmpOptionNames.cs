namespace Statecraft.Model.Spatial.Options;

/// <summary>The names under which the Spatial Model of Politics reads its options: the kebab-case name first, then aliases.</summary>
/// <remarks>
/// Aliases are KTAB's XML element names (§3.18), matched case-insensitively, and their kebab-case forms, so that
/// parameters read from a KTAB scenario file arrive unchanged. Immutable and thread-safe.
/// </remarks>
internal static class SmpOptionNames
{
    public static readonly string[] VictoryProbModel = ["victory-prob-model", "VictoryProbModel", "vp-model"];
    public static readonly string[] PceModel = ["pce-model", "PCEModel", "p-c-e-model"];
    public static readonly string[] StateTransitions = ["state-transitions", "StateTransitions"];
    public static readonly string[] VotingRule = ["voting-rule", "VotingRule"];
    public static readonly string[] BigRAdjust = ["big-r-adjust", "BigRAdjust", "big-radjust"];
    public static readonly string[] BigRRange = ["big-r-range", "BigRRange", "big-rrange"];
    public static readonly string[] ThirdPartyCommit = ["third-party-commit", "ThirdPartyCommit"];
    public static readonly string[] InterVecBrgn = ["inter-vec-brgn", "InterVecBrgn", "bargain-interpolation"];
    public static readonly string[] BargnModel = ["bargn-model", "BargnModel", "bargain-model"];
    public static readonly string[] Mode = ["mode", "ktab-mode", "KtabMode"];
    public static readonly string[] ResolutionWeights = ["resolution-weights", "ResolutionWeights"];
    public static readonly string[] Forecast = ["forecast"];
    public static readonly string[] MinTurns = ["min-turns"];
    public static readonly string[] MaxTurns = ["max-turns", "rounds"];
    public static readonly string[] StopRatio = ["stop-ratio"];
    public static readonly string[] StopFloor = ["stop-floor"];
    public static readonly string[] PceMaxIterations = ["pce-max-iterations"];
    public static readonly string[] Seed = ["seed"];
    public static readonly string[] IdealAdjustment = ["ideal-adjustment", "affinity", "IdealAdjustment"];
}
