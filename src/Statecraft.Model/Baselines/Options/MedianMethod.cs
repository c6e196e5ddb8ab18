namespace Statecraft.Model.Baselines.Options;

/// <summary>How the weighted median is computed (§1.4).</summary>
public enum MedianMethod
{
    /// <summary>Sort and accumulate weights, O(n log n) (default).</summary>
    Sorted,

    /// <summary>BDM's pairwise vote scan, O(n²), to reproduce reference outputs bit for bit.</summary>
    VoteScan,
}
