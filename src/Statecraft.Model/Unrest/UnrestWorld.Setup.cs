using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest;

/// <content>Initial placement (§5.2–§5.3).</content>
internal sealed partial class UnrestWorld
{
    /// <summary>Places cops and agents and draws every agent's H and R, in that order, from <paramref name="rng"/>.</summary>
    public UnrestWorld(UnrestOptions options, IRandomSource rng)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rng);
        options.Validate();
        _options = options;
        _jailFactor = options.JailDeterrenceExponent == 0
            ? 1
            : Math.Pow(options.JailTerm == JailTermRule.Infinite ? double.PositiveInfinity : options.MaxJailTerm, options.JailDeterrenceExponent);
        _agentVision = VisionNeighbourhood.Create(options.AgentVision, options.VisionMetric);
        _copVision = VisionNeighbourhood.Create(options.CopVision, options.VisionMetric);
        var width = options.Width;
        var height = options.Height;
        var sites = width * height;
        _lattice = new Lattice(width, height, Math.Max(_agentVision.Reach, _copVision.Reach));
        _agentSteps = StorageSteps(_agentVision, _lattice.Stride);
        _copSteps = StorageSteps(_copVision, _lattice.Stride);
        _arrestProbability = ArrestProbability.Table(options.ArrestRatioRule, options.K, _agentVision.CellCount + 1);
        _siteLists = options.JailPlacement != JailPlacement.OffLattice;
        _head = _siteLists ? new int[sites] : [];
        Array.Fill(_head, -1);
        _activeAt = _siteLists ? [] : new int[sites];

        var copSites = new List<int>();
        var agentSites = new List<int>();
        if (options.Placement == PlacementRule.ExactCount)
        {
            var cops = (int)Math.Round(options.CopDensity * sites, MidpointRounding.AwayFromZero);
            var agents = Math.Min(sites - cops, (int)Math.Round(options.AgentDensity * sites, MidpointRounding.AwayFromZero));
            var all = SiteSample.Distinct(sites, cops + agents, rng);
            copSites.AddRange(all.AsSpan(0, cops));
            agentSites.AddRange(all.AsSpan(cops, agents));
        }
        else
        {
            for (var s = 0; s < sites; s++)
            {
                var u = rng.NextDouble();
                if (u < options.CopDensity)
                {
                    copSites.Add(s);
                }
                else if (u < options.CopDensity + options.AgentDensity)
                {
                    agentSites.Add(s);
                }
            }
        }

        var n = agentSites.Count;
        var law = options.LegitimacyLaw;
        Legitimacy = Math.Clamp(law.Initial(options.Legitimacy), 0, 1);
        Baseline = law is SynthesisLegitimacy { Baseline: { } b } ? b : options.Legitimacy;
        if (law.Scope == LegitimacyScope.Local)
        {
            _localLegitimacy = new double[n];
            Array.Fill(_localLegitimacy, Legitimacy);
        }
        _hardship = new double[n];
        _riskAversion = new double[n];
        _state = new byte[n];
        _term = new int[n];
        _x = new int[n];
        _y = new int[n];
        _next = _siteLists ? new int[n] : [];
        for (var i = 0; i < n; i++)
        {
            _hardship[i] = rng.NextDouble();
            _riskAversion[i] = rng.NextDouble();
            var site = agentSites[i];
            _x[i] = site % width;
            _y[i] = site / width;
            LinkAgent(i);
            _lattice.Add(Lattice.Occupied, _x[i], _y[i], 1);
            AddFree(_x[i], _y[i], 1);
        }

        _copX = new int[copSites.Count];
        _copY = new int[copSites.Count];
        for (var c = 0; c < copSites.Count; c++)
        {
            _copX[c] = copSites[c] % width;
            _copY[c] = copSites[c] / width;
            _lattice.Add(Lattice.Occupied, _copX[c], _copY[c], 1);
            _lattice.Add(Lattice.Cops, _copX[c], _copY[c], 1);
        }

        CopCount = InitialCops = copSites.Count;
        _arrestSites = [];
    }

    private static int[] StorageSteps(VisionNeighbourhood vision, int stride)
    {
        var steps = new int[vision.CellCount];
        for (var k = 0; k < steps.Length; k++)
        {
            steps[k] = (vision.OffsetDy[k] * stride) + vision.OffsetDx[k];
        }

        return steps;
    }

    /// <summary>Adds agent i to the list of its site; without site lists (jailed agents off the lattice) it does nothing.</summary>
    /// <remarks>
    /// An agent is linked only onto an empty site. Unless jailed agents stay on the lattice without blocking it
    /// (<see cref="JailPlacement.OnLatticeEmpty"/>), an empty site holds no agent, so its list is empty and the head
    /// need not be read: on a large lattice that read is a cache miss at a random site.
    /// </remarks>
    private void LinkAgent(int i)
    {
        if (!_siteLists)
        {
            return;
        }

        var site = (_y[i] * _options.Width) + _x[i];
        _next[i] = _options.JailPlacement == JailPlacement.OnLatticeEmpty ? _head[site] : -1;
        _head[site] = i;
    }

    /// <summary>Records active agent <paramref name="i"/> in the site map of the off-lattice jail.</summary>
    private void MarkActive(int i)
    {
        if (!_siteLists)
        {
            _activeAt[(_y[i] * _options.Width) + _x[i]] = i;
        }
    }

    /// <summary>Removes agent i from the list of its site; without site lists it does nothing.</summary>
    private void UnlinkAgent(int i)
    {
        if (!_siteLists)
        {
            return;
        }

        var site = (_y[i] * _options.Width) + _x[i];
        if (_head[site] == i)
        {
            _head[site] = _next[i];
            return;
        }

        var k = _head[site];
        while (_next[k] != i)
        {
            k = _next[k];
        }

        _next[k] = _next[i];
    }
}
