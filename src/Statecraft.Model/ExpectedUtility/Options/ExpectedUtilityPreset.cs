namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>A named bundle of option values for the expected-utility model (§2.4).</summary>
public enum ExpectedUtilityPreset
{
    /// <summary>The reading of Scholz's own program (the public Python implementation, 2014/2016); reproduces Scholz et al. (2011) Table 2 (default).</summary>
    ScholzCode,

    /// <summary>The equations of Scholz, Calbert &amp; Smith (2011) read literally (pair-normalised probabilities, sender perspective, capitulation).</summary>
    PaperLiteral,
}
