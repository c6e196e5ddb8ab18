namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>The kebab-case names of the expected-utility model's options, as used in scenario files and <c>--set</c>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class ExpectedUtilityOptionNames
{
    /// <summary>The preset: <c>scholz-code</c> (default) or <c>paper-literal</c>.</summary>
    public const string Preset = "preset";

    /// <summary>Ambiguity 1: <c>global-z</c> or <c>pair-normalised</c>.</summary>
    public const string ProbabilityNormaliser = "probability-normaliser";

    /// <summary>Ambiguity 2: <c>voter-risk</c> or <c>one</c>.</summary>
    public const string VoteExponent = "vote-exponent";

    /// <summary>Ambiguity 3: <c>receiver</c> or <c>sender</c>.</summary>
    public const string Perspective = "perspective";

    /// <summary>Ambiguity 4: <c>min-weighted-position</c>, <c>least-move</c> or <c>highest-sender-eu</c>.</summary>
    public const string CompromiseSelection = "compromise-selection";

    /// <summary>Ambiguity 5: <c>disabled</c> or <c>enabled</c>.</summary>
    public const string Capitulation = "capitulation";

    /// <summary>Ambiguity 6: <c>deterministic-move</c>, <c>no-move</c> or <c>stochastic</c>.</summary>
    public const string ConflictResolution = "conflict-resolution";

    /// <summary>Ambiguity 7a: Q in [0, 1].</summary>
    public const string Q = "q";

    /// <summary>Ambiguity 7b: <c>omitted</c> or <c>included</c>.</summary>
    public const string QTerm = "q-term";

    /// <summary>Ambiguity 7c: <c>geometric</c> or <c>always-one</c>.</summary>
    public const string TRule = "t-rule";

    /// <summary>Ambiguity 10: <c>condorcet-scan</c> or <c>cumulative-weight</c>.</summary>
    public const string MedianRule = "median-rule";

    /// <summary>Ambiguity 11: <c>fixed-initial</c> or <c>recompute-each-round</c>.</summary>
    public const string RangeMode = "range-mode";

    /// <summary>Ambiguity 12: <c>current</c> or <c>original</c>.</summary>
    public const string MoveOrigin = "move-origin";

    /// <summary>The round limit τ.</summary>
    public const string Rounds = "rounds";

    /// <summary>The stopping rule: <c>fixed-rounds</c>, <c>plateau</c>, <c>discount-rule</c> or <c>cycle-detection</c>.</summary>
    public const string Stop = "stop";

    /// <summary>ε of the plateau rule, in units of R.</summary>
    public const string PlateauEpsilon = "plateau-epsilon";

    /// <summary>k of the plateau rule.</summary>
    public const string PlateauRounds = "plateau-rounds";

    /// <summary>β of the discount rule.</summary>
    public const string DiscountBeta = "discount-beta";

    /// <summary>p_max of cycle detection.</summary>
    public const string CycleMaxPeriod = "cycle-max-period";

    /// <summary>The cycle tolerance, in units of R.</summary>
    public const string CycleTolerance = "cycle-tolerance";
}
