using System.Diagnostics.CodeAnalysis;

namespace Statecraft.Model.Exchange;

/// <summary>A candidate exchange between two actors on a pair of issues, with its working state in a round (§4.3–§4.8).</summary>
/// <remarks>
/// Side <see cref="A"/> supplies q and demands p; side <see cref="B"/> supplies p and demands q. A mutable struct held
/// in the candidate table of an <see cref="ExchangeRoundSolver"/> and addressed by its slot, so that a round allocates no
/// candidate objects and the table (with the sides' update-map buffers) is reused from round to round. Not thread-safe.
/// </remarks>
internal struct ExchangeCandidate
{
    /// <summary>The partner who supplies q and demands p.</summary>
    public CandidateSide A;

    /// <summary>The partner who supplies p and demands q.</summary>
    public CandidateSide B;

    /// <summary>The generation index (§4.3).</summary>
    public int Generation;

    /// <summary>The ranking gain (after the cap).</summary>
    public double Gain;

    /// <summary>The equal gain before the cap.</summary>
    public double EqualGain;

    /// <summary>The ranking key: the gain rounded to 12 decimals, or the raw gain.</summary>
    public double RankKey;

    /// <summary>The candidate's latest entry in the round's <see cref="GainHistory"/>, or −1 when none is kept.</summary>
    public int History;

    /// <summary>Whether the candidate is still in play.</summary>
    public bool Alive;

    /// <summary>The propagation stamp, so that a candidate is updated once per realised exchange.</summary>
    public int Stamp;

    /// <summary>Whether <see cref="Rex"/> holds the REX draws of the latest computation.</summary>
    public bool HasRex;

    /// <summary>The REX draws of the latest computation, when <see cref="HasRex"/>.</summary>
    public RexSample Rex;

    /// <summary>Returns side <paramref name="k"/> (0 = A, 1 = B) by reference.</summary>
    /// <param name="k">0 or 1.</param>
    /// <returns>The side.</returns>
    [UnscopedRef]
    public ref CandidateSide Side(int k) => ref k == 0 ? ref A : ref B;
}
