using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.InterEthnic.Options;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <content>Placement, movement (rule M), killing, arrest and jail, cloning, ageing and the cop schedule.</content>
internal sealed partial class InterEthnicWorld
{
    // Rejection draws before the exact fallback scan; either path gives a uniform empty site.
    private const int RejectionTries = 32;

    /// <summary>Places the tick-0 cops and agents on distinct random sites, then draws each agent's H, R, death age and age.</summary>
    public InterEthnicWorld(InterEthnicOptions options, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rng);
        options.Validate();
        _options = options;
        _width = options.Width;
        _height = options.Height;
        _agentVision = VisionNeighbourhood.Create(options.AgentVision, options.VisionMetric);
        _copVision = VisionNeighbourhood.Create(options.CopVision, options.VisionMetric);
        _cloneRing = VisionNeighbourhood.Create(1, VisionMetric.Moore);
        var sites = _width * _height;
        _occupant = new int[sites];
        Array.Fill(_occupant, Empty);
        _copSite = new int[options.CopsAt(Math.Max(options.CopArrivalTick, 0), sites)];

        var cops = options.CopsAt(0, sites);
        var agents = Math.Min(sites - cops, (int)Math.Round(options.AgentDensity * sites, MidpointRounding.AwayFromZero));
        var all = SiteSample.Distinct(sites, cops + agents, rng);

        for (var c = 0; c < cops; c++)
        {
            PlaceCop(c, all[c]);
        }

        CopCount = cops;
        var blue = (int)Math.Round(options.BlueShare * agents, MidpointRounding.AwayFromZero);
        for (var i = 0; i < agents; i++)
        {
            var a = NewSlot();
            _group[a] = (byte)(i < blue ? EthnicGroup.Blue : EthnicGroup.Green);
            _hardship[a] = rng.NextDouble();
            _riskAversion[a] = rng.NextDouble();
            _deathAge[a] = 1 + rng.NextInt(options.MaxAge);
            _age[a] = options.InitialAge == InitialAge.Staggered ? rng.NextInt(_deathAge[a]) : 0;
            _birthTick[a] = 0;
            _state[a] = Quiet;
            _site[a] = all[cops + i];
            _occupant[all[cops + i]] = a;
            _size[_group[a]]++;
        }

        CountMixing();
    }

    private int NewSlot()
    {
        if (_freeSlots.Count > 0)
        {
            var slot = _freeSlots[^1];
            _freeSlots.RemoveAt(_freeSlots.Count - 1);
            return slot;
        }

        if (_slots == _group.Length)
        {
            var capacity = Math.Max(16, 2 * _slots);
            Array.Resize(ref _group, capacity);
            Array.Resize(ref _state, capacity);
            Array.Resize(ref _hardship, capacity);
            Array.Resize(ref _riskAversion, capacity);
            Array.Resize(ref _term, capacity);
            Array.Resize(ref _age, capacity);
            Array.Resize(ref _deathAge, capacity);
            Array.Resize(ref _birthTick, capacity);
            Array.Resize(ref _site, capacity);
        }

        return _slots++;
    }

    /// <summary>Brings the cops on duty to the schedule's count: surplus cops leave from the highest index, new ones take random empty sites.</summary>
    private void ScheduleCops(IRandomSource rng)
    {
        var target = Math.Min(_copSite.Length, _options.CopsAt(Tick, _occupant.Length));
        while (CopCount > target)
        {
            CopCount--;
            _occupant[_copSite[CopCount]] = Empty;
        }

        while (CopCount < target && TryRandomEmptySite(rng, out var site))
        {
            PlaceCop(CopCount++, site);
        }
    }

    private void PlaceCop(int c, int site)
    {
        _copSite[c] = site;
        _occupant[site] = -2 - c;
    }

    private void MoveAgent(int a, IRandomSource rng)
    {
        var to = RandomEmptyInView(_site[a], _agentVision, rng);
        if (to != Empty)
        {
            _occupant[_site[a]] = Empty;
            _occupant[to] = a;
            _site[a] = to;
        }
    }

    private void MoveCop(int c, IRandomSource rng)
    {
        var to = RandomEmptyInView(_copSite[c], _copVision, rng);
        if (to != Empty)
        {
            _occupant[_copSite[c]] = Empty;
            PlaceCop(c, to);
        }
    }

    /// <summary>Rule M: a uniformly random empty site of the open neighbourhood, or −1 when none is empty.</summary>
    private int RandomEmptyInView(int site, VisionNeighbourhood vision, IRandomSource rng)
    {
        var dxs = vision.OffsetDx.AsSpan();
        var dys = vision.OffsetDy.AsSpan();
        var (x, y) = (site % _width, site / _width);
        var empty = 0;
        for (var k = 0; k < dxs.Length; k++)
        {
            empty += _occupant[Wrap(x + dxs[k], y + dys[k])] == Empty ? 1 : 0;
        }

        if (empty == 0)
        {
            return Empty;
        }

        var pick = rng.NextInt(empty);
        for (var k = 0; k < dxs.Length; k++)
        {
            var s = Wrap(x + dxs[k], y + dys[k]);
            if (_occupant[s] == Empty && pick-- == 0)
            {
                return s;
            }
        }

        throw new InvalidOperationException("Unreachable: an empty site was counted but not found.");
    }

    private bool TryRandomEmptySite(IRandomSource rng, out int site)
    {
        var sites = _occupant.Length;
        for (var t = 0; t < RejectionTries; t++)
        {
            site = rng.NextInt(sites);
            if (_occupant[site] == Empty)
            {
                return true;
            }
        }

        var empty = 0;
        for (var s = 0; s < sites; s++)
        {
            empty += _occupant[s] == Empty ? 1 : 0;
        }

        site = Empty;
        if (empty == 0)
        {
            return false;
        }

        var pick = rng.NextInt(empty);
        for (var s = 0; s < sites; s++)
        {
            if (_occupant[s] == Empty && pick-- == 0)
            {
                site = s;
                return true;
            }
        }

        throw new InvalidOperationException("Unreachable: an empty site was counted but not found.");
    }

    private void Kill(int victim)
    {
        var group = _group[victim];
        if (_state[victim] == Active)
        {
            _active[group]--;
        }

        _occupant[_site[victim]] = Empty;
        Remove(victim);
        KilledThisTick++;
        CumulativeKilled++;
    }

    private void Remove(int a)
    {
        _size[_group[a]]--;
        _state[a] = Dead;
        _site[a] = Empty;
        _freeSlots.Add(a);
    }

    private void Arrest(int a, IRandomSource rng)
    {
        var group = _group[a];
        _state[a] = Jailed;
        _active[group]--;
        _jailed[group]++;
        _term[a] = JailTermDistribution.Draw(_options.JailTerm, _options.MaxJailTerm, rng);
        _occupant[_site[a]] = Empty;
        _site[a] = Empty;
        ArrestsThisTick++;
    }

    /// <summary>Model I's end-of-tick countdown (§5.6); a released agent is quiet on a random empty site, or waits when none is empty.</summary>
    private void CountDownJail(IRandomSource rng)
    {
        for (var a = 0; a < _slots; a++)
        {
            if (_state[a] != Jailed || _term[a] < 0)
            {
                continue;
            }

            if (_term[a] > 0)
            {
                _term[a]--;
            }

            if (_term[a] == 0 && TryRandomEmptySite(rng, out var site))
            {
                _state[a] = Quiet;
                _jailed[_group[a]]--;
                _site[a] = site;
                _occupant[site] = a;
            }
        }
    }

    /// <summary>Each free agent, in a fresh random order, clones itself with the clone probability onto a random empty site of its Moore ring.</summary>
    /// <remarks>The child inherits the group and H (Epstein 2002, Model II), draws a fresh R and death age, starts quiet at age 0 and does not age this tick.</remarks>
    private void Clone(IRandomSource rng)
    {
        var p = _options.CloneProbability;
        if (p == 0)
        {
            return;
        }

        var parents = 0;
        EnsureOrder(_slots);
        for (var a = 0; a < _slots; a++)
        {
            if (_state[a] is Quiet or Active)
            {
                _order[parents++] = a;
            }
        }

        var order = _order.AsSpan(0, parents);
        Shuffle(order, rng);
        foreach (var parent in order)
        {
            if (!(rng.NextDouble() < p))
            {
                continue;
            }

            var site = RandomEmptyInView(_site[parent], _cloneRing, rng);
            if (site == Empty)
            {
                continue;
            }

            var child = NewSlot();
            _group[child] = _group[parent];
            _hardship[child] = _hardship[parent];
            _riskAversion[child] = rng.NextDouble();
            _deathAge[child] = 1 + rng.NextInt(_options.MaxAge);
            _age[child] = 0;
            _birthTick[child] = Tick;
            _state[child] = Quiet;
            _site[child] = site;
            _occupant[site] = child;
            _size[_group[child]]++;
            BirthsThisTick++;
            _births.Add((_site[parent], site));
        }
    }

    /// <summary>Every agent not born this tick, free or jailed, ages by one tick and dies when its age reaches its death age.</summary>
    private void Age()
    {
        for (var a = 0; a < _slots; a++)
        {
            if (_state[a] == Dead || _birthTick[a] == Tick || ++_age[a] < _deathAge[a])
            {
                continue;
            }

            if (_state[a] == Jailed)
            {
                _jailed[_group[a]]--;
            }
            else
            {
                if (_state[a] == Active)
                {
                    _active[_group[a]]--;
                }

                _occupant[_site[a]] = Empty;
            }

            Remove(a);
            DeathsThisTick++;
        }
    }
}
