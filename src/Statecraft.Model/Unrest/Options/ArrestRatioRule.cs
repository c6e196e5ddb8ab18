namespace Statecraft.Model.Unrest.Options;

/// <summary>The function f applied to the cop-to-active ratio C/A in the estimated arrest probability P = 1 − exp(−k·f(C/A)).</summary>
/// <remarks>
/// §5.4. The choice decides whether the model shows punctuated equilibrium: under <see cref="Literal"/>
/// deterrence is smooth and Run 2 shows no outbursts (two independent replications; NetLogo's Info tab says the same).
/// </remarks>
public enum ArrestRatioRule
{
    /// <summary>f(r) = ⌊r⌋, as NetLogo's Rebellion (Wilensky 2004) computes it. The default.</summary>
    Floor,

    /// <summary>f(r) = r, the formula as printed in Epstein (2002).</summary>
    Literal,

    /// <summary>f(r) = r rounded to the nearest integer, halves to even, as Mesa's example computes it.</summary>
    RoundHalfEven,

    /// <summary>f(r) = r rounded to the nearest integer, halves up.</summary>
    RoundHalfUp,
}
