using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Forecasting;

/// <summary>The numbers of a scenario's stances (position, salience, effective capability) in plain arrays that can be overwritten run after run.</summary>
/// <remarks>
/// <para>Index k is the k-th stance of <see cref="Scenario"/>.<see cref="Scenario.Stances"/>. The effective capability
/// is the stance's own capability when it has one, the actor's otherwise, as in <see cref="Scenario.Slice"/>.
/// Everything else (actors, issues, scales, settings) is the scenario's, so a value set describes a scenario of the
/// same shape with other numbers: what Monte Carlo replicates and sensitivity designs vary.</para>
/// <para><see cref="Gather"/> and <see cref="Slice"/> read one issue in the order and with the filter of
/// <see cref="Scenario.Slice"/> (actors in scenario order, salience &gt; 0), so a model fed from here sees exactly
/// the numbers it would see in the scenario those values describe.</para>
/// <para>Cost: O(stances) memory, built once per thread; <see cref="Gather"/> is O(stances of the issue) and allocates
/// nothing.</para>
/// </remarks>
[Mutable("Overwritten in place once per Monte Carlo replicate, so that replicates do not rebuild scenarios.")]
public sealed class StanceValues
{
    private readonly int[][] _stancesOfIssue;
    private readonly double[] _positions;
    private readonly double[] _saliences;
    private readonly double[] _capabilities;

    /// <summary>Creates the value set of a scenario, holding the scenario's own numbers.</summary>
    /// <param name="scenario">The scenario that fixes the shape.</param>
    public StanceValues(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        var n = scenario.Stances.Length;
        _positions = new double[n];
        _saliences = new double[n];
        _capabilities = new double[n];
        var stanceIndex = new Dictionary<(string, string), int>(n);
        for (var k = 0; k < n; k++)
        {
            stanceIndex[(scenario.Stances[k].ActorId, scenario.Stances[k].IssueId)] = k;
        }

        _stancesOfIssue = new int[scenario.Issues.Length][];
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            var issueId = scenario.Issues[d].Id;
            var list = new List<int>(scenario.Actors.Length);
            foreach (var actor in scenario.Actors)
            {
                if (stanceIndex.TryGetValue((actor.Id, issueId), out var k))
                {
                    list.Add(k);
                }
            }

            _stancesOfIssue[d] = [.. list];
            MaxActorsPerIssue = Math.Max(MaxActorsPerIssue, list.Count);
        }

        Reset();
    }

    /// <summary>Gets the scenario whose shape the values follow.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the positions x_k, on each issue's own scale.</summary>
    public Span<double> Positions => _positions;

    /// <summary>Gets the saliences s_k. Range: [0, 1].</summary>
    public Span<double> Saliences => _saliences;

    /// <summary>Gets the effective capabilities c_k. Range: (0, ∞).</summary>
    public Span<double> Capabilities => _capabilities;

    /// <summary>Gets the largest number of stances any one issue has (the buffer length <see cref="Gather"/> may need).</summary>
    public int MaxActorsPerIssue { get; }

    /// <summary>Restores the scenario's own numbers.</summary>
    public void Reset()
    {
        var stances = Scenario.Stances;
        for (var k = 0; k < stances.Length; k++)
        {
            var st = stances[k];
            _positions[k] = st.Position;
            _saliences[k] = st.Salience;
            _capabilities[k] = st.Capability ?? Scenario.FindActor(st.ActorId)!.Capability;
        }
    }

    /// <summary>Copies the counted actors of issue <paramref name="issueIndex"/> (salience &gt; 0, scenario order) into the buffers.</summary>
    /// <param name="issueIndex">The issue's index in <see cref="Scenario.Issues"/>.</param>
    /// <param name="positions">Out: x; at least <see cref="MaxActorsPerIssue"/> long.</param>
    /// <param name="saliences">Out: s; as long.</param>
    /// <param name="capabilities">Out: c; as long.</param>
    /// <returns>The number of counted actors, the length of the filled prefix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issueIndex"/> is not an issue's index.</exception>
    /// <exception cref="ArgumentException">A buffer is too short.</exception>
    public int Gather(int issueIndex, Span<double> positions, Span<double> saliences, Span<double> capabilities)
    {
        var stances = StancesOf(issueIndex);
        if (positions.Length < stances.Length || saliences.Length < stances.Length || capabilities.Length < stances.Length)
        {
            throw new ArgumentException($"The buffers must hold {stances.Length} values.", nameof(positions));
        }

        var count = 0;
        foreach (var k in stances)
        {
            if (_saliences[k] > 0)
            {
                positions[count] = _positions[k];
                saliences[count] = _saliences[k];
                capabilities[count] = _capabilities[k];
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns issue <paramref name="issueIndex"/>'s counted actors as an <see cref="IssueSlice"/>, equal in content to <see cref="Scenario.Slice"/> of a scenario with these numbers.</summary>
    /// <param name="issueIndex">The issue's index in <see cref="Scenario.Issues"/>.</param>
    /// <returns>A new slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issueIndex"/> is not an issue's index.</exception>
    public IssueSlice Slice(int issueIndex)
    {
        var stances = StancesOf(issueIndex);
        var ids = ImmutableArray.CreateBuilder<string>(stances.Length);
        var x = ImmutableArray.CreateBuilder<double>(stances.Length);
        var s = ImmutableArray.CreateBuilder<double>(stances.Length);
        var c = ImmutableArray.CreateBuilder<double>(stances.Length);
        foreach (var k in stances)
        {
            if (_saliences[k] > 0)
            {
                ids.Add(Scenario.Stances[k].ActorId);
                x.Add(_positions[k]);
                s.Add(_saliences[k]);
                c.Add(_capabilities[k]);
            }
        }

        return new IssueSlice(Scenario.Issues[issueIndex], ids.ToImmutable(), x.ToImmutable(), s.ToImmutable(), c.ToImmutable());
    }

    private int[] StancesOf(int issueIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(issueIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(issueIndex, _stancesOfIssue.Length);
        return _stancesOfIssue[issueIndex];
    }
}
