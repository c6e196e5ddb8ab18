namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>How T, the indicator that the target's drift towards the median helps the challenger, is decided (§2.3 step 4, ambiguity 7c).</summary>
public enum TRule
{
    /// <summary>T = 1 when |x_i − μ| &lt; |x_i − x_j| (Eftekhari &amp; Rahimi 2014; the C# implementation decisionmechanics/eum).</summary>
    Geometric,

    /// <summary>T = 1 always; it orders Scholz et al. (2011) Fig. 11 (Q = 0.5) correctly, but no reading reproduces that figure closely.</summary>
    AlwaysOne,
}
