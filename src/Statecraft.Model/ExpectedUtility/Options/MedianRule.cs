namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>How the median (Condorcet winner) of the positions is found (§1.4, ambiguity 10).</summary>
public enum MedianRule
{
    /// <summary>Bueno de Mesquita's vote scan over the ascending distinct positions, replacing the incumbent only on a strictly positive vote.</summary>
    CondorcetScan,

    /// <summary>The lower weighted median from sorted cumulative weights; differs from the scan only where W(≤ p) equals W/2 up to rounding.</summary>
    CumulativeWeight,
}
