using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Plays one round of the expected-utility model on plain arrays, reusing its buffers from round to round (§2.3).</summary>
/// <remarks>
/// <para>Sources: Bueno de Mesquita (1985, 1994, 1997); the algorithm as reconstructed by Scholz, Calbert &amp; Smith
/// (2011), "Unravelling Bueno de Mesquita's group decision model", ICAART 2011, pp. 18–30, DOI
/// 10.5220/0003121500180030. Every reading the paper leaves open is an option of <see cref="ExpectedUtilityOptions"/>.</para>
/// <para>A round: compress positions to distinct values; pass 1 with every exponent 1 gives probabilities, the
/// expected utilities E(j→i; 1), the security sums S_i and the new risk exponents r_i; pass 2 recomputes the
/// probabilities with the new exponents; then every actor classifies each partner's offer and takes its best one.
/// All moves are computed from the start-of-round state and applied at once.</para>
/// <para>Cost per round: O(m²·n) for pass 2 with voter exponents (m distinct positions, n actors), O(n²) for the
/// rest; memory O(n²). After <see cref="PlayRound"/> the accessors expose every intermediate quantity of the round
/// (for tests and explanations).</para>
/// <para>Deterministic: the same inputs give bit-identical results whatever <c>maxDegreeOfParallelism</c> is.
/// Mutable and not thread-safe: give each thread its own workspace.</para>
/// </remarks>
[Mutable("Reuses its buffers from round to round so that long runs and Monte Carlo replicates do not allocate.")]
public sealed partial class ExpectedUtilityWorkspace
{
    private readonly int _n;
    private readonly double[] _x;
    private readonly double[] _x0;
    private readonly double[] _s;
    private readonly double[] _w;
    private readonly double[] _keys;
    private readonly int[] _order;
    private readonly int[] _pos;
    private readonly double[] _u;
    private readonly double[] _g;
    private readonly int[] _mult;
    private readonly double[] _prefix;
    private readonly double[] _support;
    private readonly double[] _abs;
    private readonly double[] _p1;
    private readonly double[] _p1T;
    private readonly double[] _p2;
    private readonly double[] _p2T;
    private readonly double[] _powered;
    private readonly double[] _linear;
    private readonly double[] _eu1;
    private readonly double[] _security;
    private readonly double[] _riskIndex;
    private readonly double[] _r;
    private readonly double[] _usq;
    private readonly double[] _toMedian;
    private readonly double[] _own;
    private readonly double[] _partner;
    private readonly OfferKind[] _region;
    private readonly OfferKind[] _move;
    private readonly int[] _partnerOf;
    private readonly double[] _target;
    private readonly double[] _moveOwn;
    private readonly double[] _movePartner;
    private readonly bool[] _held;
    private readonly Action<int> _securityOf;
    private readonly Action<int> _chooseOffer;
    private ExpectedUtilityOptions _options = ExpectedUtilityOptions.ScholzCode;
    private int _m;
    private bool _pass2Shared;

    /// <summary>Creates a workspace for <paramref name="actorCount"/> actors.</summary>
    /// <param name="actorCount">n. Range: ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actorCount"/> &lt; 1.</exception>
    public ExpectedUtilityWorkspace(int actorCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actorCount, 1);
        var n = _n = actorCount;
        _x = new double[n];
        _x0 = new double[n];
        _s = new double[n];
        _w = new double[n];
        _keys = new double[n];
        _order = new int[n];
        _pos = new int[n];
        _u = new double[n];
        _g = new double[n];
        _mult = new int[n];
        _prefix = new double[(2 * n) + 2];
        _support = new double[n * n];
        _abs = new double[n * n];
        _p1 = new double[n * n];
        _p1T = new double[n * n];
        _p2 = new double[n * n];
        _p2T = new double[n * n];
        _powered = new double[n * n];
        _linear = new double[2 * n];
        _eu1 = new double[n * n];
        _security = new double[n];
        _riskIndex = new double[n];
        _r = new double[n];
        _usq = new double[n];
        _toMedian = new double[n];
        _own = new double[n * n];
        _partner = new double[n * n];
        _region = new OfferKind[n * n];
        _move = new OfferKind[n];
        _partnerOf = new int[n];
        _target = new double[n];
        _moveOwn = new double[n];
        _movePartner = new double[n];
        _held = new bool[n];

        // Made once: a method group converted per round would allocate a delegate every round.
        _securityOf = SecurityOf;
        _chooseOffer = ChooseOffer;
    }

    /// <summary>Gets n, the number of actors.</summary>
    public int ActorCount => _n;

    /// <summary>Gets m, the number of distinct positions at the start of the last round.</summary>
    public int DistinctPositions => _m;

    /// <summary>Gets the range R used in the last round.</summary>
    public double Range { get; private set; }

    /// <summary>Gets the median μ of the start-of-round positions given to the last round.</summary>
    public double StartMedian { get; private set; }

    /// <summary>Gets Z of pass 1 (the global normaliser; computed under every normaliser).</summary>
    public double NormaliserPass1 { get; private set; }

    /// <summary>Gets Z of pass 2.</summary>
    public double NormaliserPass2 { get; private set; }

    /// <summary>Gets the security sums S_i = Σ_{j≠i} E(j→i; 1) of the last round.</summary>
    public ReadOnlySpan<double> Security => _security;

    /// <summary>Gets the risk indices R_i of the last round. Range: [−1, 1].</summary>
    public ReadOnlySpan<double> RiskIndices => _riskIndex;

    /// <summary>Gets the risk exponents r_i used in pass 2 of the last round. Range: [0.5, 2].</summary>
    public ReadOnlySpan<double> RiskExponents => _r;

    /// <summary>Gets the offer each actor took in the last round (<see cref="OfferKind.None"/> for none).</summary>
    public ReadOnlySpan<OfferKind> Moves => _move;

    /// <summary>Gets the partner whose offer each actor took, or −1.</summary>
    public ReadOnlySpan<int> Partners => _partnerOf;

    /// <summary>Gets each actor's position after the last round.</summary>
    public ReadOnlySpan<double> Targets => _target;

    /// <summary>Gets a = E(i→j) of the offer each actor took (0 when none).</summary>
    public ReadOnlySpan<double> MoveOwnUtility => _moveOwn;

    /// <summary>Gets b = E(j→i) of the offer each actor took (0 when none).</summary>
    public ReadOnlySpan<double> MovePartnerUtility => _movePartner;

    /// <summary>Gets, per actor, whether it took a confrontation offer but stayed (conflict resolution <c>no-move</c>, or a stochastic conflict it won).</summary>
    public ReadOnlySpan<bool> Held => _held;

    /// <summary>Gets d_ij = |x_i − x_j| / R at the start of the last round.</summary>
    /// <param name="i">An actor.</param>
    /// <param name="j">Another actor.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance(int i, int j) => Math.Abs(_x[i] - _x[j]) / Range;

    /// <summary>Gets P_ij of pass 1 (every exponent 1): i's probability of prevailing against j.</summary>
    /// <param name="i">The challenger.</param>
    /// <param name="j">The target.</param>
    /// <returns>The probability; 0 when both hold one position.</returns>
    public double ProbabilityPass1(int i, int j) => _p1[(_pos[i] * _m) + _pos[j]];

    /// <summary>Gets P_ij of pass 2 (the new exponents).</summary>
    /// <param name="i">The challenger.</param>
    /// <param name="j">The target.</param>
    /// <returns>The probability; 0 when both hold one position.</returns>
    public double ProbabilityPass2(int i, int j) => (_pass2Shared ? _p1 : _p2)[(_pos[i] * _m) + _pos[j]];

    /// <summary>Gets E(i→j; 1), the pass-1 expected utility of i challenging j, every exponent 1.</summary>
    /// <param name="i">The challenger.</param>
    /// <param name="j">The target.</param>
    /// <returns>The expected utility.</returns>
    public double ChallengePass1(int i, int j) => i == j ? 0 : _eu1[(j * _n) + i];

    /// <summary>Gets a = E(i→j; r_i), mover i's expected utility of challenging partner j.</summary>
    /// <param name="i">The mover.</param>
    /// <param name="j">The partner.</param>
    /// <returns>The expected utility; 0 when both hold one position.</returns>
    public double OwnChallenge(int i, int j) => _own[(i * _n) + j];

    /// <summary>Gets b = E(j→i), partner j's expected utility of challenging mover i, with the exponent the perspective option picks.</summary>
    /// <param name="i">The mover.</param>
    /// <param name="j">The partner.</param>
    /// <returns>The expected utility; 0 when both hold one position.</returns>
    public double PartnerChallenge(int i, int j) => _partner[(i * _n) + j];

    /// <summary>Gets the region of the pair in Scholz et al. (2011) Fig. 6, whether or not its offers are enabled.</summary>
    /// <param name="i">The mover.</param>
    /// <param name="j">The partner.</param>
    /// <returns>The region.</returns>
    public OfferKind Region(int i, int j) => _region[(i * _n) + j];
}
