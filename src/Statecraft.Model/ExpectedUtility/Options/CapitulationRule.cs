namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>Whether the capitulation region of Scholz et al. (2011) Fig. 6 yields offers (§2.3 step 8, ambiguity 5).</summary>
public enum CapitulationRule
{
    /// <summary>No offers from the capitulation region: the test in Scholz's code can never fire.</summary>
    Disabled,

    /// <summary>In the region a &lt; 0 &lt; b &lt; |a| the mover gives in and moves to the partner's position (Fig. 6).</summary>
    Enabled,
}
