using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty;

/// <summary>Turns a vector of standard normal draws into a perturbed copy of a scenario, following an <see cref="UncertaintySpec"/>.</summary>
/// <remarks>
/// <para>Layout of the draw vector z (length <see cref="Count"/>): first one capability draw per actor, in scenario
/// order; then, for each stance in scenario order, its position draw and its salience draw. Every input has a slot
/// even when its σ is 0, so the layout depends only on the scenario, and a replicate's draws do not move when a noise
/// level changes (common random numbers across specs).</para>
/// <para>With every σ = 0 the perturbed scenario equals the input exactly (bit for bit).</para>
/// <para>Two outputs, the same numbers: <see cref="Apply(ReadOnlySpan{double})"/> builds a new scenario (for a full model
/// run), <see cref="Apply(ReadOnlySpan{double}, StanceValues)"/> overwrites reusable stance values (for a model's
/// value-only path) without allocating.</para>
/// <para>Immutable and thread-safe; <see cref="Apply(ReadOnlySpan{double})"/> may run on many threads at once.</para>
/// </remarks>
public sealed record PerturbationPlan
{
    private readonly ImmutableArray<Actor> _actors;
    private readonly ImmutableArray<Stance> _stances;
    private readonly int[] _actorOfStance;
    private readonly double[] _stanceMin;
    private readonly double[] _stanceMax;

    private PerturbationPlan(Scenario scenario, ImmutableArray<UncertainInput> inputs, int[] actorOfStance, double[] min, double[] max)
    {
        Scenario = scenario;
        Inputs = inputs;
        _actors = scenario.Actors;
        _stances = scenario.Stances;
        _actorOfStance = actorOfStance;
        _stanceMin = min;
        _stanceMax = max;
    }

    /// <summary>Gets the scenario that is perturbed.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets every input in layout order, with its resolved noise level.</summary>
    public ImmutableArray<UncertainInput> Inputs { get; }

    /// <summary>Gets the length of the draw vector.</summary>
    public int Count => Inputs.Length;

    /// <summary>Builds the plan of a scenario under a spec.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="spec">The noise levels.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">An override names an actor or issue the scenario does not have.</exception>
    public static PerturbationPlan Create(Scenario scenario, UncertaintySpec spec)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var o in spec.Overrides)
        {
            if (o.ActorId is { } a && scenario.FindActor(a) is null)
            {
                throw new ArgumentException($"The uncertainty override names unknown actor '{a}'.", nameof(spec));
            }

            if (o.IssueId is { } i && scenario.FindIssue(i) is null)
            {
                throw new ArgumentException($"The uncertainty override names unknown issue '{i}'.", nameof(spec));
            }
        }

        var actorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputs = ImmutableArray.CreateBuilder<UncertainInput>(scenario.Actors.Length + (2 * scenario.Stances.Length));
        foreach (var actor in scenario.Actors)
        {
            actorIndex[actor.Id] = actorIndex.Count;
            inputs.Add(new UncertainInput(InputKind.Capability, actor.Id, null, spec.CapabilitySigmaFor(actor.Id)));
        }

        var n = scenario.Stances.Length;
        var actorOfStance = new int[n];
        var min = new double[n];
        var max = new double[n];
        for (var k = 0; k < n; k++)
        {
            var st = scenario.Stances[k];
            var scale = scenario.FindIssue(st.IssueId)!.Scale;
            actorOfStance[k] = actorIndex[st.ActorId];
            min[k] = scale.Min;
            max[k] = scale.Max;
            inputs.Add(new UncertainInput(InputKind.Position, st.ActorId, st.IssueId, spec.PositionShareFor(st.ActorId, st.IssueId) * scale.Range));
            inputs.Add(new UncertainInput(InputKind.Salience, st.ActorId, st.IssueId, spec.SalienceSigmaFor(st.ActorId, st.IssueId)));
        }

        return new PerturbationPlan(scenario, inputs.MoveToImmutable(), actorOfStance, min, max);
    }

    /// <summary>Fills <paramref name="z"/> with independent standard normal draws, two uniforms each, in layout order.</summary>
    /// <param name="random">The replicate's own generator.</param>
    /// <param name="z">The draw vector, at least <see cref="Count"/> long.</param>
    /// <exception cref="ArgumentException"><paramref name="z"/> is too short.</exception>
    public void Draw(IRandomSource random, Span<double> z)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (z.Length < Count)
        {
            throw new ArgumentException($"The draw vector has {z.Length} entries; the plan needs {Count}.", nameof(z));
        }

        for (var k = 0; k < Count; k++)
        {
            z[k] = StandardNormal.Next(random);
        }
    }

    /// <summary>Returns the scenario perturbed by the draws <paramref name="z"/>.</summary>
    /// <param name="z">Standard normal draws in layout order (any finite values: sensitivity analysis passes its own).</param>
    /// <returns>The perturbed scenario; metadata, settings, rationales, seed and uncertainty spec are kept.</returns>
    /// <exception cref="ArgumentException"><paramref name="z"/> is too short.</exception>
    public Scenario Apply(ReadOnlySpan<double> z)
    {
        if (z.Length < Count)
        {
            throw new ArgumentException($"The draw vector has {z.Length} entries; the plan needs {Count}.", nameof(z));
        }

        var na = _actors.Length;
        var factors = new double[na];
        var actors = new Actor[na];
        for (var a = 0; a < na; a++)
        {
            factors[a] = Math.Exp(Inputs[a].Sigma * z[a]);
            actors[a] = _actors[a] with { Capability = _actors[a].Capability * factors[a] };
        }

        var stances = new Stance[_stances.Length];
        for (var k = 0; k < stances.Length; k++)
        {
            var st = _stances[k];
            var slot = na + (2 * k);
            var x = Reflect(st.Position + (Inputs[slot].Sigma * z[slot]), _stanceMin[k], _stanceMax[k]);
            var s = Math.Min(1.0, st.Salience * Math.Exp(Inputs[slot + 1].Sigma * z[slot + 1]));
            var c = st.Capability * factors[_actorOfStance[k]];
            stances[k] = st with { Position = x, Salience = s, Capability = c };
        }

        return Scenario.WithActors(actors, stances);
    }

    /// <summary>Writes the stance values of the scenario perturbed by the draws <paramref name="z"/> into <paramref name="target"/>, allocating nothing.</summary>
    /// <param name="z">Standard normal draws in layout order.</param>
    /// <param name="target">Stance values made from <see cref="Scenario"/>; every entry is overwritten.</param>
    /// <exception cref="ArgumentException"><paramref name="z"/> is too short, or <paramref name="target"/> has another scenario's shape.</exception>
    /// <remarks>Each number is computed by the same expression as in <see cref="Apply(ReadOnlySpan{double})"/>, so the
    /// values equal, bit for bit, those of the scenario that overload returns.</remarks>
    public void Apply(ReadOnlySpan<double> z, StanceValues target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (z.Length < Count)
        {
            throw new ArgumentException($"The draw vector has {z.Length} entries; the plan needs {Count}.", nameof(z));
        }

        if (target.Scenario.Stances.Length != _stances.Length)
        {
            throw new ArgumentException("The stance values belong to a scenario of another shape.", nameof(target));
        }

        var na = _actors.Length;
        var positions = target.Positions;
        var saliences = target.Saliences;
        var capabilities = target.Capabilities;
        for (var k = 0; k < _stances.Length; k++)
        {
            var st = _stances[k];
            var a = _actorOfStance[k];
            var slot = na + (2 * k);
            positions[k] = Reflect(st.Position + (Inputs[slot].Sigma * z[slot]), _stanceMin[k], _stanceMax[k]);
            saliences[k] = Math.Min(1.0, st.Salience * Math.Exp(Inputs[slot + 1].Sigma * z[slot + 1]));
            capabilities[k] = (st.Capability ?? _actors[a].Capability) * Math.Exp(Inputs[a].Sigma * z[a]);
        }
    }

    /// <summary>Folds a value back onto [<paramref name="min"/>, <paramref name="max"/>] by mirror reflection at both ends.</summary>
    /// <param name="value">The value; returned unchanged when it lies on the interval.</param>
    /// <param name="min">The lower end.</param>
    /// <param name="max">The upper end, greater than <paramref name="min"/>.</param>
    /// <returns>The reflected value, in [min, max].</returns>
    /// <remarks>The reflection has period 2(max − min): a draw far beyond one end bounces back and forth.</remarks>
    public static double Reflect(double value, double min, double max)
    {
        if (value >= min && value <= max)
        {
            return value;
        }

        var width = max - min;
        var y = (value - min) % (2 * width);
        if (y < 0)
        {
            y += 2 * width;
        }

        if (y > width)
        {
            y = (2 * width) - y;
        }

        // Rounding in min + y can land one ulp outside; the clamp keeps the result on the scale.
        return Math.Clamp(min + y, min, max);
    }
}
