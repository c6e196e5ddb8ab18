using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>The mutable state of one Model II run and the tick that advances it in place.</summary>
/// <remarks>
/// <para>Epstein (2002) Model II as specified in §5.13 and documented in docs/models/unrest.md ("Model II").
/// Agents live in slots of struct-of-arrays; a dead agent's slot is reused by a later birth (last freed, first reused),
/// so the slot numbering, like everything else, is a function of the seed alone.</para>
/// <para>Each site holds at most one free actor: <c>_occupant[s]</c> is −1 when empty, the agent's slot when an agent
/// stands there, and −2 − c for cop c. Jailed agents are off the lattice. Model I's packed <c>Lattice</c> counts are
/// not used: killing and arresting need the identity of a random occupant of the other group, which a per-site
/// identity array answers directly, and with the paper's vision 1.7 a view is only eight sites.</para>
/// <para>Mutable and not thread-safe.</para>
/// </remarks>
internal sealed partial class InterEthnicWorld
{
    internal const byte Quiet = 0;
    internal const byte Active = 1;
    internal const byte Jailed = 2;
    internal const byte Dead = 3;
    private const int Empty = -1;
    private const int ActiveOfEitherGroup = -1;

    private readonly InterEthnicOptions _options;
    private readonly VisionNeighbourhood _agentVision;
    private readonly VisionNeighbourhood _copVision;
    private readonly VisionNeighbourhood _cloneRing;
    private readonly int _width;
    private readonly int _height;
    private readonly int[] _occupant;
    private readonly int[] _copSite;
    private readonly List<int> _freeSlots = [];
    private readonly List<(int ParentSite, int ChildSite)> _births = [];
    private readonly int[] _size = new int[2];
    private readonly int[] _active = new int[2];
    private readonly int[] _jailed = new int[2];
    private byte[] _group = [];
    private byte[] _state = [];
    private double[] _hardship = [];
    private double[] _riskAversion = [];
    private int[] _term = [];
    private int[] _age = [];
    private int[] _deathAge = [];
    private int[] _birthTick = [];
    private int[] _site = [];
    private int[] _order = [];
    private int _slots;

    private InterEthnicWorld(InterEthnicWorld other)
    {
        _options = other._options;
        _agentVision = other._agentVision;
        _copVision = other._copVision;
        _cloneRing = other._cloneRing;
        _width = other._width;
        _height = other._height;
        _occupant = (int[])other._occupant.Clone();
        _copSite = (int[])other._copSite.Clone();
        _freeSlots = [.. other._freeSlots];
        _births = [.. other._births];
        _size = (int[])other._size.Clone();
        _active = (int[])other._active.Clone();
        _jailed = (int[])other._jailed.Clone();
        _group = (byte[])other._group.Clone();
        _state = (byte[])other._state.Clone();
        _hardship = (double[])other._hardship.Clone();
        _riskAversion = (double[])other._riskAversion.Clone();
        _term = (int[])other._term.Clone();
        _age = (int[])other._age.Clone();
        _deathAge = (int[])other._deathAge.Clone();
        _birthTick = (int[])other._birthTick.Clone();
        _site = (int[])other._site.Clone();
        _slots = other._slots;
        Tick = other.Tick;
        CopCount = other.CopCount;
        KilledThisTick = other.KilledThisTick;
        BirthsThisTick = other.BirthsThisTick;
        DeathsThisTick = other.DeathsThisTick;
        ArrestsThisTick = other.ArrestsThisTick;
        CumulativeKilled = other.CumulativeKilled;
        AdjacentPairs = other.AdjacentPairs;
        MixedPairs = other.MixedPairs;
    }

    public InterEthnicOptions Options => _options;

    public int Tick { get; private set; }

    public int Slots => _slots;

    public int CopCount { get; private set; }

    public int KilledThisTick { get; private set; }

    public int BirthsThisTick { get; private set; }

    public int DeathsThisTick { get; private set; }

    public int ArrestsThisTick { get; private set; }

    public long CumulativeKilled { get; private set; }

    public int AdjacentPairs { get; private set; }

    public int MixedPairs { get; private set; }

    public InterEthnicTick Counts => new(
        Tick, _size[0], _size[1], _active[0], _active[1], _jailed[0], _jailed[1],
        KilledThisTick, BirthsThisTick, DeathsThisTick, ArrestsThisTick, CopCount, CumulativeKilled)
    {
        AdjacentPairs = AdjacentPairs,
        MixedPairs = MixedPairs,
    };

    public ReadOnlySpan<int> Occupants => _occupant;

    public ReadOnlySpan<byte> Groups => _group.AsSpan(0, _slots);

    public ReadOnlySpan<byte> States => _state.AsSpan(0, _slots);

    public ReadOnlySpan<double> Hardship => _hardship.AsSpan(0, _slots);

    public ReadOnlySpan<double> RiskAversion => _riskAversion.AsSpan(0, _slots);

    public ReadOnlySpan<int> Sites => _site.AsSpan(0, _slots);

    public ReadOnlySpan<int> Ages => _age.AsSpan(0, _slots);

    public ReadOnlySpan<int> DeathAges => _deathAge.AsSpan(0, _slots);

    public ReadOnlySpan<int> JailTerms => _term.AsSpan(0, _slots);

    public ReadOnlySpan<int> CopSites => _copSite.AsSpan(0, CopCount);

    public IReadOnlyList<(int ParentSite, int ChildSite)> Births => _births;

    public InterEthnicWorld Clone() => new(this);

    /// <summary>Plays one tick: cop schedule, activations in a fresh random order, jail countdown, cloning, ageing.</summary>
    public void Step(IRandomSource rng)
    {
        Tick++;
        KilledThisTick = BirthsThisTick = DeathsThisTick = ArrestsThisTick = 0;
        _births.Clear();
        ScheduleCops(rng);

        // One random permutation of every free agent (by slot) and every cop; killed or jailed agents are skipped.
        var total = 0;
        EnsureOrder(_slots + CopCount);
        for (var a = 0; a < _slots; a++)
        {
            if (_state[a] is Quiet or Active)
            {
                _order[total++] = a;
            }
        }

        for (var c = 0; c < CopCount; c++)
        {
            _order[total++] = -2 - c;
        }

        var order = _order.AsSpan(0, total);
        Shuffle(order, rng);
        foreach (var id in order)
        {
            if (id >= 0)
            {
                if (_state[id] is Quiet or Active)
                {
                    if (_options.AgentMovement)
                    {
                        MoveAgent(id, rng);
                    }

                    ActAgent(id, rng);
                }
            }
            else
            {
                var c = -2 - id;
                if (c < CopCount)
                {
                    MoveCop(c, rng);
                    ActCop(c, rng);
                }
            }
        }

        CountDownJail(rng);
        Clone(rng);
        Age();
        CountMixing();
    }

    /// <summary>Counts the pairs of free agents on Moore-adjacent sites, and those of different groups, each unordered pair once.</summary>
    private void CountMixing()
    {
        int pairs = 0, mixed = 0;
        for (var s = 0; s < _occupant.Length; s++)
        {
            var a = _occupant[s];
            if (a < 0)
            {
                continue;
            }

            var (x, y) = (s % _width, s / _width);

            // East, south-east, south and south-west: the other four directions are counted from the other site.
            foreach (var b in (ReadOnlySpan<int>)[_occupant[Wrap(x + 1, y)], _occupant[Wrap(x + 1, y + 1)], _occupant[Wrap(x, y + 1)], _occupant[Wrap(x - 1, y + 1)]])
            {
                if (b >= 0)
                {
                    pairs++;
                    mixed += _group[a] != _group[b] ? 1 : 0;
                }
            }
        }

        (AdjacentPairs, MixedPairs) = (pairs, mixed);
    }

    private void EnsureOrder(int length)
    {
        if (_order.Length < length)
        {
            _order = new int[Math.Max(length, 2 * _order.Length)];
        }
    }

    private static void Shuffle(Span<int> items, IRandomSource rng)
    {
        for (var k = items.Length - 1; k > 0; k--)
        {
            var j = rng.NextInt(k + 1);
            (items[k], items[j]) = (items[j], items[k]);
        }
    }

    /// <summary>Rule A′: G = H·(1 − L_group); P from cops and actives in view; an active kills a random member of the other group in view.</summary>
    private void ActAgent(int a, IRandomSource rng)
    {
        var group = _group[a];
        var grievance = ActivationRule.Grievance(_hardship[a], _options.LegitimacyOf((EthnicGroup)group));
        var threshold = _options.Threshold;
        var active = false;
        var targets = 0;
        if (grievance > threshold)
        {
            var site = _site[a];
            var cops = 0;
            var actives = 0;
            var dxs = _agentVision.OffsetDx.AsSpan();
            var dys = _agentVision.OffsetDy.AsSpan();
            var (x, y) = (site % _width, site / _width);
            for (var k = 0; k < dxs.Length; k++)
            {
                var o = _occupant[Wrap(x + dxs[k], y + dys[k])];
                if (o >= 0)
                {
                    actives += _state[o] == Active ? 1 : 0;
                    targets += _group[o] != group ? 1 : 0;
                }
                else if (o != Empty)
                {
                    cops++;
                }
            }

            if (targets > 0 || _options.KillingActivation == KillingActivation.Always)
            {
                if (cops == 0)
                {
                    // P = 0, so G − R·P = G > T.
                    active = true;
                }
                else
                {
                    var inView = 1 + actives + (_options.SelfCount == SelfCount.NetLogoDouble && _state[a] == Active ? 1 : 0);
                    var p = ArrestProbability.Compute(cops, inView, _options.K, _options.ArrestRatioRule);
                    active = ActivationRule.IsActive(grievance, _riskAversion[a], p, threshold);
                }
            }
        }

        if (active != (_state[a] == Active))
        {
            _state[a] = active ? Active : Quiet;
            _active[group] += active ? 1 : -1;
        }

        if (active && targets > 0)
        {
            Kill(PickInView(_site[a], _agentVision, rng.NextInt(targets), group));
        }
    }

    /// <summary>Rule C, even-handed: the cop arrests one free active of either group in view, chosen uniformly.</summary>
    private void ActCop(int c, IRandomSource rng)
    {
        var site = _copSite[c];
        var dxs = _copVision.OffsetDx.AsSpan();
        var dys = _copVision.OffsetDy.AsSpan();
        var (x, y) = (site % _width, site / _width);
        var actives = 0;
        for (var k = 0; k < dxs.Length; k++)
        {
            var o = _occupant[Wrap(x + dxs[k], y + dys[k])];
            actives += o >= 0 && _state[o] == Active ? 1 : 0;
        }

        if (actives > 0)
        {
            Arrest(PickInView(site, _copVision, rng.NextInt(actives), ActiveOfEitherGroup), rng);
        }
    }

    /// <summary>Returns the <paramref name="pick"/>-th agent (in offset order) in view that is a member of the group other than
    /// <paramref name="group"/>, or, with <paramref name="group"/> = <see cref="ActiveOfEitherGroup"/>, that is active.</summary>
    private int PickInView(int site, VisionNeighbourhood vision, int pick, int group)
    {
        var dxs = vision.OffsetDx.AsSpan();
        var dys = vision.OffsetDy.AsSpan();
        var (x, y) = (site % _width, site / _width);
        for (var k = 0; k < dxs.Length; k++)
        {
            var o = _occupant[Wrap(x + dxs[k], y + dys[k])];
            var match = o >= 0 && (group == ActiveOfEitherGroup ? _state[o] == Active : _group[o] != group);
            if (match && pick-- == 0)
            {
                return o;
            }
        }

        throw new InvalidOperationException("Unreachable: an occupant was counted but not found.");
    }

    private int Wrap(int x, int y)
    {
        if (x < 0)
        {
            x += _width;
        }
        else if (x >= _width)
        {
            x -= _width;
        }

        if (y < 0)
        {
            y += _height;
        }
        else if (y >= _height)
        {
            y -= _height;
        }

        return (y * _width) + x;
    }
}
