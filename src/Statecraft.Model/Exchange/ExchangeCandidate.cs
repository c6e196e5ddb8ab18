namespace Statecraft.Model.Exchange;

/// <summary>A candidate exchange between two actors on a pair of issues, with its working state in a round (MODELS.md §4.3–§4.8).</summary>
/// <remarks>Side <see cref="A"/> supplies q and demands p; side <see cref="B"/> supplies p and demands q. Mutable; owned by one <see cref="ExchangeRoundSolver"/>.</remarks>
internal sealed class ExchangeCandidate
{
    /// <summary>The partner who supplies q and demands p.</summary>
    public CandidateSide A;

    /// <summary>The partner who supplies p and demands q.</summary>
    public CandidateSide B;

    /// <summary>Creates a candidate.</summary>
    /// <param name="generation">The generation index (§4.3).</param>
    public ExchangeCandidate(int generation) => Generation = generation;

    /// <summary>Gets the generation index.</summary>
    public int Generation { get; }

    /// <summary>Gets or sets the ranking gain (after the cap).</summary>
    public double Gain { get; set; }

    /// <summary>Gets or sets the equal gain before the cap.</summary>
    public double EqualGain { get; set; }

    /// <summary>Gets or sets the ranking key: the gain rounded to 12 decimals, or the raw gain.</summary>
    public double RankKey { get; set; }

    /// <summary>Gets or sets a value indicating whether the candidate is still in play.</summary>
    public bool Alive { get; set; }

    /// <summary>Gets or sets the version: bumped whenever the candidate is queued after a (re)computation.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the propagation stamp, so that a candidate is updated once per realised exchange.</summary>
    public int Stamp { get; set; }

    /// <summary>Gets or sets the REX draws of the latest computation, if any.</summary>
    public RexDraw? Rex { get; set; }

    /// <summary>Returns side <paramref name="k"/> (0 = A, 1 = B) by reference.</summary>
    /// <param name="k">0 or 1.</param>
    /// <returns>The side.</returns>
    public ref CandidateSide Side(int k) => ref k == 0 ? ref A : ref B;
}
