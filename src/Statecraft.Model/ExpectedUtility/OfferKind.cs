namespace Statecraft.Model.ExpectedUtility;

/// <summary>The region of an (actor, partner) pair in Scholz et al. (2011) Fig. 6, and the kind of move an actor makes (§2.3 step 8).</summary>
public enum OfferKind : byte
{
    /// <summary>No offer (j moves, or stalemate), or no move.</summary>
    None,

    /// <summary>Both actors hold the same position; the pair is skipped.</summary>
    SamePosition,

    /// <summary>b &gt; a &gt; 0: the actor expects to lose a conflict and moves to the partner's position.</summary>
    Confrontation,

    /// <summary>a &lt; 0 &lt; b and b &gt; |a|: the actor moves part of the way, x_i + (x_j − x_i)·|a|/b.</summary>
    Compromise,

    /// <summary>a &lt; 0 &lt; b and b &lt; |a|: the actor gives in and moves to the partner's position (when enabled).</summary>
    Capitulation,
}
