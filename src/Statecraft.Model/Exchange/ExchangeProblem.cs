using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Exchange;

/// <summary>One linked set of issues for the exchange model, as flat arrays on the internal 0–100 scale (§4.2).</summary>
/// <remarks>
/// <para>Entry <c>[i * IssueCount + d]</c> belongs to actor i on issue d. Actors and issues keep their input order,
/// which fixes the candidate order and so the tie-break (§4.3, §4.8). An actor takes part in an issue exactly when its
/// salience there is positive; absent actor-issues have salience 0 (their position and capability are ignored).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record ExchangeProblem
{
    /// <summary>Creates a problem and checks its ranges.</summary>
    /// <param name="actorCount">N. Range: ≥ 1.</param>
    /// <param name="issueCount">D. Range: ≥ 1.</param>
    /// <param name="positions">x_id on 0–100, length N·D. Range: [0, 100] where present.</param>
    /// <param name="saliences">s_id, length N·D. Range: [0, 1]; 0 means absent.</param>
    /// <param name="capabilities">c_id, length N·D. Range: finite and &gt; 0 where present.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or a value is out of range.</exception>
    /// <exception cref="ArgumentException">An array has the wrong length.</exception>
    public ExchangeProblem(int actorCount, int issueCount, ImmutableArray<double> positions, ImmutableArray<double> saliences, ImmutableArray<double> capabilities)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actorCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(issueCount, 1);
        var n = checked(actorCount * issueCount);
        RequireLength(positions, n, nameof(positions));
        RequireLength(saliences, n, nameof(saliences));
        RequireLength(capabilities, n, nameof(capabilities));
        for (var k = 0; k < n; k++)
        {
            var s = saliences[k];
            if (!(s >= 0 && s <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(saliences), s, $"Salience [{k}] must lie in [0, 1].");
            }

            if (s > 0 && !(positions[k] >= 0 && positions[k] <= 100))
            {
                throw new ArgumentOutOfRangeException(nameof(positions), positions[k], $"Position [{k}] must lie in [0, 100].");
            }

            if (s > 0 && !(double.IsFinite(capabilities[k]) && capabilities[k] > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(capabilities), capabilities[k], $"Capability [{k}] must be finite and > 0.");
            }
        }

        ActorCount = actorCount;
        IssueCount = issueCount;
        Positions = positions;
        Saliences = saliences;
        Capabilities = capabilities;
    }

    /// <summary>Builds the problem of one linked set of issues from a scenario: every scenario actor, the given issues, positions rescaled to 0–100.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="issueIds">The issues of the set, in scenario order.</param>
    /// <returns>The problem. Capability per actor-issue comes from <see cref="IssueSlice.Capabilities"/> (the stance's override, else the actor's).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An issue id is unknown, or the list is empty.</exception>
    public static ExchangeProblem FromScenario(Scenario scenario, IReadOnlyList<string> issueIds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(issueIds);
        if (issueIds.Count == 0)
        {
            throw new ArgumentException("A linked set needs at least one issue.", nameof(issueIds));
        }

        var n = scenario.Actors.Length;
        var d = issueIds.Count;
        var x = new double[n * d];
        var s = new double[n * d];
        var c = new double[n * d];
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[scenario.Actors[i].Id] = i;
        }

        for (var issue = 0; issue < d; issue++)
        {
            var slice = scenario.Slice(issueIds[issue]);
            var scale = slice.Issue.Scale;
            for (var k = 0; k < slice.Count; k++)
            {
                var at = (index[slice.ActorIds[k]] * d) + issue;
                x[at] = ToInternal(slice.Positions[k], scale.Min, scale.Max);
                s[at] = slice.Saliences[k];
                c[at] = slice.Capabilities[k];
            }
        }

        return new ExchangeProblem(n, d, [.. x], [.. s], [.. c]);
    }

    /// <summary>Gets N, the number of actors.</summary>
    public int ActorCount { get; }

    /// <summary>Gets D, the number of issues in the linked set.</summary>
    public int IssueCount { get; }

    /// <summary>Gets the initial positions x_id on 0–100, actor-major.</summary>
    public ImmutableArray<double> Positions { get; }

    /// <summary>Gets the saliences s_id in [0, 1], actor-major; 0 marks an actor absent from an issue.</summary>
    public ImmutableArray<double> Saliences { get; }

    /// <summary>Gets the capabilities c_id, actor-major.</summary>
    public ImmutableArray<double> Capabilities { get; }

    /// <summary>Gets a value indicating whether actor <paramref name="actor"/> takes part in issue <paramref name="issue"/>.</summary>
    /// <param name="actor">The actor index.</param>
    /// <param name="issue">The issue index.</param>
    /// <returns><see langword="true"/> when its salience there is positive.</returns>
    public bool IsPresent(int actor, int issue) => Saliences[(actor * IssueCount) + issue] > 0;

    /// <summary>Rescales a position from an issue's own scale [L, U] to 0–100: x′ = (x − L)/(U − L)·100.</summary>
    /// <param name="value">x on [L, U].</param>
    /// <param name="min">L.</param>
    /// <param name="max">U. Range: &gt; L.</param>
    /// <returns>x′, clamped to [0, 100] against rounding.</returns>
    public static double ToInternal(double value, double min, double max) => Math.Clamp((value - min) / (max - min) * 100, 0, 100);

    /// <summary>Maps a position on 0–100 back to the issue's own scale: x = L + x′(U − L)/100.</summary>
    /// <param name="value">x′ on 0–100.</param>
    /// <param name="min">L.</param>
    /// <param name="max">U.</param>
    /// <returns>x on [L, U].</returns>
    public static double FromInternal(double value, double min, double max) => min + (value / 100 * (max - min));

    private static void RequireLength(ImmutableArray<double> values, int n, string name)
    {
        if (values.IsDefault || values.Length != n)
        {
            throw new ArgumentException($"Expected {n} values (actors × issues).", name);
        }
    }
}
