using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.TwoFronts;

/// <summary>The mutable bookkeeping of one coupled run (§6.4); see <see cref="TwoFrontSimulation"/>.</summary>
/// <remarks>Mutable and not thread-safe; lives for one call of <see cref="TwoFrontSimulation.Run"/>.</remarks>
[Mutable("Accumulates one coupled run round by round.")]
internal sealed partial class TwoFrontRun
{
    private readonly Scenario _scenario;
    private readonly IForecastModel _model;
    private readonly TwoFrontOptions _o;
    private readonly ModelRunContext _context;
    private readonly BargainingStepper _stepper;
    private readonly string? _regime;
    private readonly UnrestSimulation? _arena;
    private readonly UnrestOptions? _arenaOptions;
    private readonly ulong? _arenaSeed;
    private readonly Dictionary<(string Issue, string Actor), double> _position = [];
    private readonly Dictionary<string, double> _salience0 = [];
    private readonly Dictionary<string, double> _salience = [];
    private readonly Dictionary<(string Issue, string Actor), double> _cost = [];
    private readonly Dictionary<(string Issue, string Actor), double> _capability0 = [];
    private readonly HashSet<string> _settled = [];
    private readonly HashSet<string> _saturated = [];
    private readonly Dictionary<string, double?> _forecast = [];
    private readonly Dictionary<string, double> _regimeStart = [];
    private readonly List<TwoFrontRound> _rounds = [];
    private readonly List<TwoFrontEvent> _events = [];
    private double _capabilityFactor = 1;
    private double _baseFactor = 1;
    private Dictionary<string, double> _baseSalience = [];
    private double _activeShare;
    private double _jailedShare;
    private bool _exhaustedReported;
    private bool _inOutburst;
    private int _outburstStart;
    private int _outburstPeak;
    private long _outburstTotal;

    public TwoFrontRun(Scenario scenario, IForecastModel model, ModelSettings settings, TwoFrontOptions options, ModelRunContext context)
    {
        _scenario = scenario;
        _model = model;
        _o = options;
        _context = context;
        _stepper = new BargainingStepper(model, settings, context);
        foreach (var s in scenario.Stances)
        {
            _position[(s.IssueId, s.ActorId)] = s.Position;
        }

        if (scenario.Arena is { } arena)
        {
            _regime = scenario.FindActor(arena.RegimeId)?.Id
                ?? throw new ArgumentException($"The arena's regime '{arena.RegimeId}' is not an actor of the scenario.", nameof(scenario));
            _arenaOptions = UnrestSettings.Read(arena.Unrest);
            _arenaSeed = TwoFrontSimulation.ArenaSeed(arena, context);
            _arena = UnrestSimulation.Create(_arenaOptions, new Xoshiro256StarStar(_arenaSeed.Value));
            foreach (var issue in scenario.Issues)
            {
                if (scenario.TryGetStance(_regime, issue.Id, out var st))
                {
                    _salience0[issue.Id] = _salience[issue.Id] = st.Salience;
                    _regimeStart[issue.Id] = st.Position;
                }
            }
        }

        _baseSalience = new Dictionary<string, double>(_salience);
        foreach (var issue in scenario.Issues)
        {
            if (issue.Conflict is not { } conflict)
            {
                continue;
            }

            foreach (var a in conflict.Involved)
            {
                var actor = scenario.FindActor(a) ?? throw new ArgumentException($"Issue '{issue.Id}' involves unknown actor '{a}'.", nameof(scenario));
                var c0 = scenario.TryGetStance(a, issue.Id, out var st) && st.Capability is { } sc ? sc : actor.Capability;
                _capability0[(issue.Id, a)] = c0;
                _cost[(issue.Id, a)] = 0;
            }
        }
    }

    public TwoFrontResult Execute()
    {
        var first = _stepper.Start(_scenario);
        ReadRound(first, 0);
        var ticks0 = _arena is null ? ImmutableArray<UnrestTick>.Empty : [_arena.Counts];
        _rounds.Add(Snapshot(0, first, 0, ticks0, 0, 0));
        if (_arena is not null && _arena.Counts.Legitimacy < 1 - _arenaOptions!.Threshold)
        {
            _events.Add(new TwoFrontEvent(0, 0, "legitimacy-below", _regime, $"L = {_arena.Counts.Legitimacy:0.###} < 1 − T: latent rebellion is possible"));
        }

        for (var t = 1; t <= _o.Rounds; t++)
        {
            _context.Cancellation.ThrowIfCancellationRequested();
            var changed = ApplyInternalToExternal(t);
            changed |= ApplyWarExhaustion();
            var restart = changed ? BuildScenario() : null;
            if (restart is not null)
            {
                _baseFactor = _capabilityFactor;
                _baseSalience = new Dictionary<string, double>(_salience);
            }

            var previous = new Dictionary<string, double?>(_forecast);
            var (forecast, index) = _stepper.Next(restart, t);
            ReadRound(forecast, index);
            CheckSettlement(t);
            var lost = LostGround(previous);
            var burden = Burden();
            var ticks = PlayArena(t, lost, burden);
            _rounds.Add(Snapshot(t, forecast, index, ticks, burden, lost));
        }

        return new TwoFrontResult(_model.Name, _regime, _o, [.. _rounds], [.. _events])
        {
            ArenaOptions = _arenaOptions,
            ArenaSeed = _arenaSeed,
            LastForecast = _stepper.Last,
        };
    }

    /// <summary>Step 1, (d): capability and survival saliences from the previous round's shares. Returns whether an input changed.</summary>
    private bool ApplyInternalToExternal(int round)
    {
        if (_regime is null)
        {
            return false;
        }

        _capabilityFactor = Math.Max(0, 1 - (_o.Gamma * _activeShare) - (_o.Delta * _jailedShare));
        if (_capabilityFactor == 0 && !_exhaustedReported)
        {
            _exhaustedReported = true;
            _events.Add(new TwoFrontEvent(round, null, "regime-capability-exhausted", _regime, "capability floored at 1e-9 of its initial value"));
        }

        var changed = _capabilityFactor != _baseFactor;
        foreach (var issue in _scenario.Issues)
        {
            if (!issue.HasFlag("survival") || !_salience0.TryGetValue(issue.Id, out var s0))
            {
                continue;
            }

            var s = Math.Clamp(s0 + (_o.Sigma * _activeShare), 0, 1);
            if (s >= 1 && s0 < 1 && _saturated.Add(issue.Id))
            {
                _events.Add(new TwoFrontEvent(round, null, "survival-salience-saturated", issue.Id, $"the regime's salience on '{issue.Id}' reached 1"));
            }

            _salience[issue.Id] = s;
            changed |= s != _baseSalience[issue.Id];
        }

        return changed;
    }

    /// <summary>Step 2, (a): accrue costs on unsettled armed issues and drift the involved actors towards settlement.</summary>
    private bool ApplyWarExhaustion()
    {
        var changed = false;
        foreach (var issue in _scenario.Issues)
        {
            if (issue.Conflict is not { } conflict || _settled.Contains(issue.Id))
            {
                continue;
            }

            foreach (var a in conflict.Involved)
            {
                var key = (issue.Id, a);
                _cost[key] += conflict.CostFor(a);
                var exhaustion = Math.Min(1, _cost[key] / _capability0[key]);
                if (_position.TryGetValue(key, out var x))
                {
                    var moved = x + (_o.Epsilon * exhaustion * (conflict.SettlementPoint - x));
                    changed |= moved != x;
                    _position[key] = moved;
                }
            }
        }

        return changed;
    }
}
