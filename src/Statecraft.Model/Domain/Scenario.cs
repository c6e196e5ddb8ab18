using System.Collections.Immutable;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Model.Domain;

/// <summary>A validated description of a political situation: actors, issues, and every actor's stance on each issue.</summary>
/// <remarks>
/// <para>Scenarios are built by the loaders in <c>Statecraft.Scenarios</c>, which validate the input first; the
/// constructor here checks only the invariants the models rely on (unique ids, known references, finite numbers
/// in range) and throws <see cref="ArgumentException"/> when a programmer breaks them.</para>
/// <para>An actor need not take a stance on every issue; actors without a stance, or with salience 0, do not count
/// on that issue (§1.6).</para>
/// <para>Immutable and thread-safe. Records do not compare collections structurally: use <see cref="ContentEquals"/>.</para>
/// </remarks>
public sealed record Scenario
{
    private readonly ImmutableDictionary<(string Actor, string Issue), Stance> _stanceIndex;

    /// <summary>Creates a scenario and checks its invariants.</summary>
    /// <param name="metadata">Title, description, sources and assumptions.</param>
    /// <param name="actors">The actors, with unique ids.</param>
    /// <param name="issues">The issues, with unique ids.</param>
    /// <param name="stances">At most one stance per (actor, issue) pair.</param>
    /// <exception cref="ArgumentException">An id is duplicated or unknown, or a number is out of range.</exception>
    public Scenario(ScenarioMetadata metadata, IEnumerable<Actor> actors, IEnumerable<Issue> issues, IEnumerable<Stance> stances)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
        Actors = [.. actors];
        Issues = [.. issues];
        Stances = [.. stances];

        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in Actors)
        {
            if (!actorIds.Add(a.Id))
            {
                throw new ArgumentException($"Duplicate actor id '{a.Id}'.", nameof(actors));
            }

            if (!double.IsFinite(a.Capability) || a.Capability <= 0)
            {
                throw new ArgumentException($"Actor '{a.Id}' has capability {a.Capability}; it must be finite and > 0.", nameof(actors));
            }
        }

        var issueById = new Dictionary<string, Issue>(StringComparer.Ordinal);
        foreach (var i in Issues)
        {
            if (!issueById.TryAdd(i.Id, i))
            {
                throw new ArgumentException($"Duplicate issue id '{i.Id}'.", nameof(issues));
            }
        }

        var index = ImmutableDictionary.CreateBuilder<(string, string), Stance>();
        foreach (var s in Stances)
        {
            if (!actorIds.Contains(s.ActorId))
            {
                throw new ArgumentException($"Stance refers to unknown actor '{s.ActorId}'.", nameof(stances));
            }

            if (!issueById.TryGetValue(s.IssueId, out var issue))
            {
                throw new ArgumentException($"Stance refers to unknown issue '{s.IssueId}'.", nameof(stances));
            }

            if (!issue.Scale.Contains(s.Position))
            {
                throw new ArgumentException($"Position {s.Position} of '{s.ActorId}' on '{s.IssueId}' is outside [{issue.Scale.Min}, {issue.Scale.Max}].", nameof(stances));
            }

            if (!(s.Salience >= 0 && s.Salience <= 1))
            {
                throw new ArgumentException($"Salience {s.Salience} of '{s.ActorId}' on '{s.IssueId}' is outside [0, 1].", nameof(stances));
            }

            if (s.Capability is { } c && !(double.IsFinite(c) && c > 0))
            {
                throw new ArgumentException($"Capability {c} of '{s.ActorId}' on '{s.IssueId}' must be finite and > 0.", nameof(stances));
            }

            if (!index.TryAdd((s.ActorId, s.IssueId), s))
            {
                throw new ArgumentException($"Two stances for '{s.ActorId}' on '{s.IssueId}'.", nameof(stances));
            }
        }

        _stanceIndex = index.ToImmutable();
    }

    /// <summary>Gets the title, description, sources and assumptions.</summary>
    public ScenarioMetadata Metadata { get; init; }

    /// <summary>Gets the actors in file order.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>Gets the issues in file order.</summary>
    public ImmutableArray<Issue> Issues { get; }

    /// <summary>Gets every stance, in file order.</summary>
    public ImmutableArray<Stance> Stances { get; }

    /// <summary>Gets model settings stored with the scenario, by model name (e.g. <c>eu</c> → <c>preset = scholz-code</c>).</summary>
    /// <remarks>Command-line options override these. Keys are compared case-insensitively.</remarks>
    public ImmutableDictionary<string, ModelSettings> ModelSettings { get; init; } =
        ImmutableDictionary<string, ModelSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the one-line rationale of each number, keyed by its path.</summary>
    /// <remarks>
    /// Paths: <c>actors.{actorId}.capability</c>, <c>stances.{actorId}.{issueId}.position</c>,
    /// <c>stances.{actorId}.{issueId}.salience</c>, <c>stances.{actorId}.{issueId}.capability</c>,
    /// <c>issues.{issueId}.referencePoint</c>, and any other number a format documents. A rationale cites the
    /// source sentence the number comes from, or says plainly that it is an assumption.
    /// </remarks>
    public ImmutableDictionary<string, string> Rationales { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the domestic arena of the one actor that has a home front (§6.2), if any.</summary>
    public DomesticArena? Arena { get; init; }

    /// <summary>Gets the random seed stored with the scenario (KTAB XML carries one), if any.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Gets how uncertain the inputs are, for Monte Carlo forecasts and sensitivity analysis, if the scenario says.</summary>
    public UncertaintySpec? Uncertainty { get; init; }

    /// <summary>Looks up an actor by id.</summary>
    /// <param name="id">The actor id (ordinal comparison).</param>
    /// <returns>The actor, or <see langword="null"/>.</returns>
    public Actor? FindActor(string id) => Actors.FirstOrDefault(a => a.Id == id);

    /// <summary>Looks up an issue by id.</summary>
    /// <param name="id">The issue id (ordinal comparison).</param>
    /// <returns>The issue, or <see langword="null"/>.</returns>
    public Issue? FindIssue(string id) => Issues.FirstOrDefault(i => i.Id == id);

    /// <summary>Tries to get an actor's stance on an issue.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="issueId">The issue.</param>
    /// <param name="stance">The stance, when there is one.</param>
    /// <returns><see langword="true"/> when the actor has a stance on the issue.</returns>
    public bool TryGetStance(string actorId, string issueId, out Stance stance) =>
        _stanceIndex.TryGetValue((actorId, issueId), out stance);

    /// <summary>Returns the numeric data of one issue: the counted actors' positions, saliences and capabilities.</summary>
    /// <param name="issueId">The issue.</param>
    /// <param name="includeZeroSalience">Whether actors with salience 0 are included (they never count in the weighted models).</param>
    /// <returns>The slice, with actors in scenario order.</returns>
    /// <exception cref="ArgumentException">The issue is unknown.</exception>
    public IssueSlice Slice(string issueId, bool includeZeroSalience = false)
    {
        var issue = FindIssue(issueId) ?? throw new ArgumentException($"Unknown issue '{issueId}'.", nameof(issueId));
        var ids = ImmutableArray.CreateBuilder<string>();
        var x = ImmutableArray.CreateBuilder<double>();
        var s = ImmutableArray.CreateBuilder<double>();
        var c = ImmutableArray.CreateBuilder<double>();
        foreach (var actor in Actors)
        {
            if (_stanceIndex.TryGetValue((actor.Id, issueId), out var st) && (includeZeroSalience || st.Salience > 0))
            {
                ids.Add(actor.Id);
                x.Add(st.Position);
                s.Add(st.Salience);
                c.Add(st.Capability ?? actor.Capability);
            }
        }

        return new IssueSlice(issue, ids.ToImmutable(), x.ToImmutable(), s.ToImmutable(), c.ToImmutable());
    }

    /// <summary>Returns a copy with different stances (a what-if), revalidated.</summary>
    /// <param name="stances">The new stances.</param>
    /// <returns>The new scenario; metadata, settings and seed are kept.</returns>
    public Scenario WithStances(IEnumerable<Stance> stances) =>
        new(Metadata, Actors, Issues, stances) { ModelSettings = ModelSettings, Seed = Seed, Rationales = Rationales, Uncertainty = Uncertainty, Arena = Arena };

    /// <summary>Returns a copy with different actors and stances, revalidated.</summary>
    /// <param name="actors">The new actors.</param>
    /// <param name="stances">The new stances.</param>
    /// <returns>The new scenario; metadata, issues, settings and seed are kept.</returns>
    public Scenario WithActors(IEnumerable<Actor> actors, IEnumerable<Stance> stances) =>
        new(Metadata, actors, Issues, stances) { ModelSettings = ModelSettings, Seed = Seed, Rationales = Rationales, Uncertainty = Uncertainty, Arena = Arena };

    /// <summary>Compares two scenarios by content: every actor, issue (with flags and labels), stance, setting and the seed.</summary>
    /// <param name="other">The other scenario.</param>
    /// <returns><see langword="true"/> when both describe the same situation.</returns>
    public bool ContentEquals(Scenario? other)
    {
        if (other is null)
        {
            return false;
        }

        return Metadata.Id == other.Metadata.Id
            && Metadata.Title == other.Metadata.Title
            && Metadata.Description == other.Metadata.Description
            && Metadata.AsOf == other.Metadata.AsOf
            && Metadata.Sources.SequenceEqual(other.Metadata.Sources)
            && Metadata.Assumptions.SequenceEqual(other.Metadata.Assumptions)
            && Actors.SequenceEqual(other.Actors)
            && Issues.Length == other.Issues.Length
            && Issues.Zip(other.Issues).All(p => IssueContentEquals(p.First, p.Second))
            && Stances.SequenceEqual(other.Stances)
            && Seed == other.Seed
            && (Arena is null ? other.Arena is null : Arena.ContentEquals(other.Arena))
            && (Uncertainty is null ? other.Uncertainty is null : Uncertainty.ContentEquals(other.Uncertainty))
            && Rationales.Count == other.Rationales.Count
            && Rationales.All(kv => other.Rationales.TryGetValue(kv.Key, out var r) && r == kv.Value)
            && ModelSettings.Count == other.ModelSettings.Count
            && ModelSettings.All(kv => other.ModelSettings.TryGetValue(kv.Key, out var o) && o.ContentEquals(kv.Value));
    }

    private static bool IssueContentEquals(Issue a, Issue b) =>
        a.Id == b.Id && a.Name == b.Name && a.Scale.Equals(b.Scale) && a.Description == b.Description
        && a.ReferencePoint == b.ReferencePoint && a.Outcome == b.Outcome && a.Group == b.Group
        && a.Flags.SequenceEqual(b.Flags)
        && (a.Conflict is null) == (b.Conflict is null)
        && (a.Conflict is null || (a.Conflict.Involved.SequenceEqual(b.Conflict!.Involved)
            && a.Conflict.CostPerRound.Equals(b.Conflict.CostPerRound)
            && a.Conflict.SettlementPoint.Equals(b.Conflict.SettlementPoint)
            && a.Conflict.CostByActor.Count == b.Conflict.CostByActor.Count
            && a.Conflict.CostByActor.All(kv => b.Conflict.CostByActor.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value))));
}
