using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Testing;

/// <summary>Builds small scenarios in tests and samples without a file.</summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> returns an immutable, validated scenario.</remarks>
public sealed class ScenarioBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly List<Issue> _issues = [];
    private readonly List<Stance> _stances = [];
    private string _title = "test scenario";

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Adds an issue on [min, max].</summary>
    /// <param name="id">The issue id.</param>
    /// <param name="min">The scale minimum.</param>
    /// <param name="max">The scale maximum.</param>
    /// <param name="referencePoint">The status quo, if any.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Issue(string id, double min = 0, double max = 100, double? referencePoint = null)
    {
        _issues.Add(new Issue(id, id, new IssueScale(min, max)) { ReferencePoint = referencePoint });
        return this;
    }

    /// <summary>Adds an issue as given.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Issue(Issue issue)
    {
        _issues.Add(issue);
        return this;
    }

    /// <summary>Adds an actor.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="capability">The capability, &gt; 0.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Actor(string id, double capability)
    {
        _actors.Add(new Actor(id, id, capability));
        return this;
    }

    /// <summary>Adds a stance.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="position">The position on the issue's scale.</param>
    /// <param name="salience">The salience in [0, 1].</param>
    /// <param name="capability">An issue-specific capability, if any.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Stance(string actorId, string issueId, double position, double salience, double? capability = null)
    {
        _stances.Add(new Stance(actorId, issueId, position, salience, capability));
        return this;
    }

    /// <summary>Adds one actor with a stance on a single issue (the issue must exist).</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="capability">The capability.</param>
    /// <param name="position">The position.</param>
    /// <param name="salience">The salience.</param>
    /// <param name="issueId">The issue; defaults to the first issue added.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ActorOn(string id, double capability, double position, double salience, string? issueId = null)
    {
        Actor(id, capability);
        return Stance(id, issueId ?? _issues[0].Id, position, salience);
    }

    /// <summary>Builds a one-issue scenario from parallel arrays (actors named a0, a1, …).</summary>
    /// <param name="positions">x_k.</param>
    /// <param name="capabilities">c_k.</param>
    /// <param name="saliences">s_k.</param>
    /// <param name="min">The scale minimum.</param>
    /// <param name="max">The scale maximum.</param>
    /// <returns>The scenario, with issue id <c>issue</c>.</returns>
    public static Scenario SingleIssue(IReadOnlyList<double> positions, IReadOnlyList<double> capabilities, IReadOnlyList<double> saliences, double min = 0, double max = 100)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(saliences);
        var b = new ScenarioBuilder().Issue("issue", min, max);
        for (var k = 0; k < positions.Count; k++)
        {
            b.ActorOn("a" + k.ToString(CultureInfo.InvariantCulture), capabilities[k], positions[k], saliences[k]);
        }

        return b.Build();
    }

    /// <summary>Builds the scenario.</summary>
    /// <returns>The validated scenario.</returns>
    public Scenario Build() => new(new ScenarioMetadata(_title), _actors, _issues, _stances);
}
