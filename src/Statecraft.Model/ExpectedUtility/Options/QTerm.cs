namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>Whether the (1 − Q)·[T·U_b + (1 − T)·U_w] term of the challenge's expected utility is included (§2.3 step 5, ambiguity 7b).</summary>
public enum QTerm
{
    /// <summary>Dropped, as in Scholz's code; harmless only when Q = 1.</summary>
    Omitted,

    /// <summary>Included with a minus sign (Scholz et al. 2011 eq. 5–7).</summary>
    Included,
}
