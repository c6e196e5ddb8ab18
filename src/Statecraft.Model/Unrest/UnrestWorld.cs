using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <summary>The mutable struct-of-arrays state of one civil-violence run and the tick that advances it in place.</summary>
/// <remarks>
/// <para>Epstein (2002) Model I as specified in §5; every variant is selected by <see cref="UnrestOptions"/>.
/// The public, immutable face is <see cref="UnrestState"/> (which clones this before stepping) and the in-place
/// runner is <see cref="UnrestSimulation"/>.</para>
/// <para>Agents are 0 … N − 1; agent i holds hardship H_i, risk aversion R_i, a state (quiet, active, jailed), a jail
/// term (−1 = infinite) and a site (x, y), or x = −1 off the lattice. Cops find the active they arrest through a site
/// map: when jailed agents leave the lattice (the default), a site holds at most one free actor, so one entry per site
/// naming the agent that last turned active or moved there while active is enough (it is read only where the lattice
/// counts an active); when jailed agents stay on their sites, each site keeps a singly linked list of the agents
/// standing on it.</para>
/// <para>Mutable and not thread-safe.</para>
/// </remarks>
[Mutable("The simulation kernel: struct-of-arrays updated in place for speed; wrapped by the immutable UnrestState.")]
internal sealed partial class UnrestWorld
{
    internal const byte Quiet = 0;
    internal const byte Active = 1;
    internal const byte Jailed = 2;

    private readonly UnrestOptions _options;
    private readonly VisionNeighbourhood _agentVision;
    private readonly VisionNeighbourhood _copVision;
    private readonly int[] _agentSteps;
    private readonly int[] _copSteps;
    private readonly double[] _hardship;
    private readonly double[] _riskAversion;
    private readonly byte[] _state;
    private readonly int[] _term;
    private readonly int[] _x;
    private readonly int[] _y;
    private readonly bool _siteLists;
    private readonly int[] _next;
    private readonly int[] _head;
    private readonly int[] _activeAt;
    private readonly int[] _copX;
    private readonly int[] _copY;
    private readonly double[]? _localLegitimacy;
    private readonly Lattice _lattice;
    private readonly double[]? _arrestProbability;
    private readonly List<int> _arrestSites;
    private readonly double _jailFactor;
    private int[] _order = [];

    private UnrestWorld(UnrestWorld other)
    {
        _options = other._options;
        _jailFactor = other._jailFactor;
        _agentVision = other._agentVision;
        _copVision = other._copVision;
        _agentSteps = other._agentSteps;
        _copSteps = other._copSteps;
        _hardship = other._hardship;
        _riskAversion = other._riskAversion;
        _state = (byte[])other._state.Clone();
        _term = (int[])other._term.Clone();
        _x = (int[])other._x.Clone();
        _y = (int[])other._y.Clone();
        _siteLists = other._siteLists;
        _next = (int[])other._next.Clone();
        _head = (int[])other._head.Clone();
        _activeAt = (int[])other._activeAt.Clone();
        _copX = (int[])other._copX.Clone();
        _copY = (int[])other._copY.Clone();
        _localLegitimacy = (double[]?)other._localLegitimacy?.Clone();
        _lattice = other._lattice.Clone();
        _arrestProbability = other._arrestProbability;
        _arrestSites = [.. other._arrestSites];
        Tick = other.Tick;
        Legitimacy = other.Legitimacy;
        Baseline = other.Baseline;
        HardshipFactor = other.HardshipFactor;
        ActiveCount = other.ActiveCount;
        JailedCount = other.JailedCount;
        CopCount = other.CopCount;
        InitialCops = other.InitialCops;
        CumulativeArrests = other.CumulativeArrests;
        ArrestsThisTick = other.ArrestsThisTick;
        PreviousAboveThreshold = other.PreviousAboveThreshold;
    }

    public UnrestOptions Options => _options;

    public int Agents => _hardship.Length;

    public int Tick { get; private set; }

    /// <summary>Gets the global L (under local scope, the mean of the agents' L_i).</summary>
    public double Legitimacy { get; private set; }

    public double Baseline { get; private set; }

    public double HardshipFactor { get; set; } = 1;

    public int ActiveCount { get; private set; }

    public int JailedCount { get; private set; }

    public int QuietCount => Agents - ActiveCount - JailedCount;

    public int CopCount { get; private set; }

    public int InitialCops { get; }

    public long CumulativeArrests { get; private set; }

    public int ArrestsThisTick { get; private set; }

    public bool PreviousAboveThreshold { get; private set; }

    public ReadOnlySpan<double> Hardship => _hardship;

    public ReadOnlySpan<double> RiskAversion => _riskAversion;

    public ReadOnlySpan<byte> States => _state;

    public ReadOnlySpan<int> JailTerms => _term;

    public ReadOnlySpan<int> AgentX => _x;

    public ReadOnlySpan<int> AgentY => _y;

    public ReadOnlySpan<int> CopX => _copX.AsSpan(0, CopCount);

    public ReadOnlySpan<int> CopY => _copY.AsSpan(0, CopCount);

    public ReadOnlySpan<double> LocalLegitimacy => _localLegitimacy;

    public UnrestWorld Clone() => new(this);

    /// <summary>Returns the legitimacy agent <paramref name="agent"/> perceives.</summary>
    public double LegitimacyOf(int agent) => _localLegitimacy is { } local ? local[agent] : Legitimacy;

    /// <summary>Applies an external shock L ← clamp(L − amount, 0, 1) to the global L and to every agent's L_i.</summary>
    public void ApplyLegitimacyShock(double amount)
    {
        if (amount == 0)
        {
            return;
        }

        if (_localLegitimacy is { } local)
        {
            for (var i = 0; i < local.Length; i++)
            {
                local[i] = Math.Clamp(local[i] - amount, 0, 1);
            }

            Legitimacy = Mean(local);
        }
        else
        {
            Legitimacy = Math.Clamp(Legitimacy - amount, 0, 1);
        }
    }

    /// <summary>Plays one tick (§5.9): cop withdrawal, a fresh random activation order, activations, jail countdown, legitimacy law.</summary>
    public void Step(IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (rng is Xoshiro256StarStar generator)
        {
            Step(new GeneratorDraws(generator));
        }
        else
        {
            Step(new SourceDraws(rng));
        }
    }

    private void Step<TRandom>(TRandom rng)
        where TRandom : struct, IRandomSource
    {
        Tick++;
        ArrestsThisTick = 0;
        if (_options.CopRemoval is { } removal)
        {
            var target = removal.CopsAt(Tick, InitialCops);
            while (CopCount > target)
            {
                CopCount--;
                _lattice.Add(Lattice.Occupied, _copX[CopCount], _copY[CopCount], -1);
                _lattice.Add(Lattice.Cops, _copX[CopCount], _copY[CopCount], -1);
            }
        }

        var agents = Agents;
        var total = agents + CopCount;
        if (_order.Length < total)
        {
            _order = new int[total];
        }

        var order = _order.AsSpan(0, total);
        var prefetch = total >= PrefetchFromActors;
        Shuffle(order, rng, prefetch);
        for (var k = 0; k < order.Length; k++)
        {
            if (prefetch)
            {
                PrefetchAhead(order, k);
            }

            var id = order[k];
            if (id < agents)
            {
                ActivateAgent(id, rng);
            }
            else
            {
                ActivateCop(id - agents, rng);
            }
        }

        if (_options.JailCountdown == JailCountdown.EndOfTick)
        {
            for (var i = 0; i < agents; i++)
            {
                if (_state[i] == Jailed && _term[i] >= 0)
                {
                    if (_term[i] > 0)
                    {
                        _term[i]--;
                    }

                    if (_term[i] == 0)
                    {
                        Release(i, rng);
                    }
                }
            }
        }

        UpdateLegitimacy();
    }

    private void ActivateAgent<TRandom>(int i, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        if (_state[i] == Jailed)
        {
            if (_options.JailCountdown == JailCountdown.OwnActivation && _term[i] >= 0)
            {
                if (_term[i] > 0)
                {
                    _term[i]--;
                }

                if (_term[i] == 0)
                {
                    Release(i, rng);
                }
            }

            return;
        }

        var moves = _options.AgentMovement;
        if (_options.Order == ActivationOrder.MoveThenAct)
        {
            if (moves)
            {
                MoveAgent(i, rng);
            }

            ActAgent(i);
        }
        else
        {
            ActAgent(i);
            if (moves)
            {
                MoveAgent(i, rng);
            }
        }
    }

    private void ActivateCop<TRandom>(int c, TRandom rng)
        where TRandom : struct, IRandomSource
    {
        var moves = _options.AgentMovement || _options.CopsMoveWhenAgentsFrozen;
        if (_options.Order == ActivationOrder.MoveThenAct)
        {
            if (moves)
            {
                MoveCop(c, rng);
            }

            ActCop(c, rng);
        }
        else
        {
            ActCop(c, rng);
            if (moves)
            {
                MoveCop(c, rng);
            }
        }
    }

    /// <summary>Rule A: active iff G − N &gt; T, with G = H_eff·(1 − L) and N = R·P·J_max^α.</summary>
    private void ActAgent(int i)
    {
        var grievance = GrievanceOf(i);
        var threshold = _options.Threshold;
        bool active;
        if (!(grievance > threshold))
        {
            // N ≥ 0 and rounding is monotone, so G − N ≤ G ≤ T: quiet whatever the cops.
            active = false;
        }
        else
        {
            var x = _x[i];
            var y = _y[i];
            var (cops, activesInView) = _lattice.SumTwo(_lattice.Cells, Lattice.Cops, Lattice.Actives, x, y, _agentVision);
            if (!_options.CountOwnSiteCops)
            {
                cops -= _lattice.At(Lattice.Cops, x, y);
            }

            if (cops == 0)
            {
                // P = 0, so N = 0 and G − N = G > T.
                active = true;
            }
            else
            {
                var actives = 1 + activesInView;
                if (_options.SelfCount == SelfCount.Once && _state[i] == Active)
                {
                    actives--;
                }

                var p = ArrestProbabilityOf(cops, actives);
                active = ActivationRule.IsActive(grievance, _riskAversion[i], p, threshold, _jailFactor);
            }
        }

        var wasActive = _state[i] == Active;
        if (active != wasActive)
        {
            _state[i] = active ? Active : Quiet;
            _lattice.Add(Lattice.Actives, _x[i], _y[i], active ? 1 : -1);
            ActiveCount += active ? 1 : -1;
            if (active)
            {
                MarkActive(i);
            }
        }
    }

    /// <summary>G_i = H_eff·(1 − L_i), with H_eff = H_i times the hardship factor (clamped to 1 when the option says so).</summary>
    private double GrievanceOf(int i)
    {
        var hardship = _hardship[i] * HardshipFactor;
        if (_options.HardshipClamp && hardship > 1)
        {
            hardship = 1;
        }

        return ActivationRule.Grievance(hardship, LegitimacyOf(i));
    }

    private static double Mean(double[] values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return values.Length == 0 ? 0 : sum / values.Length;
    }
}
