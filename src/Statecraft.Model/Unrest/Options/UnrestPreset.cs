namespace Statecraft.Model.Unrest.Options;

/// <summary>A named bundle of variant switches and default parameters for the civil-violence model.</summary>
/// <remarks>§5.10. A preset sets both the switches and its implementation's default parameters; any of them can be overridden.</remarks>
public enum UnrestPreset
{
    /// <summary>Statecraft's reading of Epstein (2002): Floor rule, self counted once, Euclidean vision, jail off the lattice, Run 2's parameters.</summary>
    Statecraft,

    /// <summary>NetLogo's Rebellion (Wilensky 2004), with its defaults, which are the paper's Run 2.</summary>
    NetLogo,

    /// <summary>Mesa's <c>epstein_civil_violence</c> example (Mesa 3.3.1), with its own defaults (L 0.8, cop density 0.074, J_max 1000, v 7).</summary>
    Mesa,

    /// <summary>The paper's printed formula taken literally (f(r) = r), with Run 2's parameters.</summary>
    PaperText,
}
