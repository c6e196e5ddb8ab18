namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>Whose risk exponent evaluates b = E(j→i), the partner's expected utility of challenging the mover (§2.3 step 7, ambiguity 3).</summary>
public enum Perspective
{
    /// <summary>The mover's own exponent r_i: the mover judges both challenges (Scholz's code; Scholz et al. Figs 7–8).</summary>
    Receiver,

    /// <summary>The partner's exponent r_j (Scholz et al. 2011 eq. 25b; Bueno de Mesquita 1985 p. 158).</summary>
    Sender,
}
