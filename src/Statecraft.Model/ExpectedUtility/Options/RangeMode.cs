namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>When the range R that normalises distances is computed (§2.2, ambiguity 11).</summary>
public enum RangeMode
{
    /// <summary>Once, from the initial positions (Scholz's code).</summary>
    FixedInitial,

    /// <summary>At the start of every round, from that round's positions; a round that starts with R = 0 is not played.</summary>
    RecomputeEachRound,
}
