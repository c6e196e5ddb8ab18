using Statecraft.Model.Domain;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>The value-only path of the expected-utility model: each issue's final median from a set of stance values.</summary>
/// <remarks>
/// <para>Per issue it gathers the counted actors as <see cref="ExpectedUtilityModel.Run"/> does (via
/// <see cref="Scenario.Slice"/>), draws the issue's random stream from (seed, issue index) as
/// <see cref="ModelRunContext.CreateRandom"/> does, and plays <see cref="ExpectedUtilitySimulation.FinalMedian"/>, so
/// its values are bit-identical to the full run's. It keeps one set of buffers per actor count, so that after the first
/// replicate a call allocates nothing but the random streams of the stochastic conflict rule.</para>
/// <para>Mutable and not thread-safe: one evaluator per thread.</para>
/// </remarks>
internal sealed class ExpectedUtilityEvaluator : IOutcomeEvaluator
{
    private readonly Scenario _scenario;
    private readonly ExpectedUtilityOptions _options;
    private readonly ExpectedUtilitySimulation.OutcomeBuffers?[] _buffers;
    private readonly double[] _x;
    private readonly double[] _s;
    private readonly double[] _c;

    /// <summary>Creates the evaluator of a scenario's shape.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The resolved options.</param>
    /// <exception cref="ModelOptionException">An option is out of range.</exception>
    public ExpectedUtilityEvaluator(Scenario scenario, ExpectedUtilityOptions options)
    {
        options.Validate();
        _scenario = scenario;
        _options = options;
        var most = scenario.Issues.Length == 0 ? 0 : scenario.Issues.Max(i => scenario.Stances.Count(st => st.IssueId == i.Id));
        _buffers = new ExpectedUtilitySimulation.OutcomeBuffers?[most + 1];
        _x = new double[most];
        _s = new double[most];
        _c = new double[most];
    }

    /// <inheritdoc />
    public void Evaluate(StanceValues values, ulong seed, Span<double> outcomes)
    {
        ArgumentNullException.ThrowIfNull(values);
        var issues = _scenario.Issues.Length;
        if (!ReferenceEquals(values.Scenario, _scenario)
            && (values.Scenario.Issues.Length != issues || values.Scenario.Stances.Length != _scenario.Stances.Length))
        {
            throw new ArgumentException("The stance values belong to a scenario of another shape.", nameof(values));
        }

        if (outcomes.Length < issues)
        {
            throw new ArgumentException($"The outcome buffer has {outcomes.Length} entries; the scenario has {issues} issues.", nameof(outcomes));
        }

        var stochastic = _options.ConflictResolution == ConflictResolution.Stochastic;
        for (var d = 0; d < issues; d++)
        {
            var n = values.Gather(d, _x, _s, _c);
            if (n == 0)
            {
                outcomes[d] = double.NaN;
                continue;
            }

            var random = stochastic ? new Xoshiro256StarStar(SeedSequence.Derive(seed, (ulong)d)) : null;
            var buffers = _buffers[n] ??= new ExpectedUtilitySimulation.OutcomeBuffers(n);
            outcomes[d] = ExpectedUtilitySimulation.FinalMedian(_x.AsSpan(0, n), _c.AsSpan(0, n), _s.AsSpan(0, n), _options, random, buffers);
        }
    }
}
