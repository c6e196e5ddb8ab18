using System.Collections.Immutable;

namespace Statecraft.Assessment;

/// <summary>A plain-language assessment of a scenario: an opening, a section per issue, the two fronts and the limits.</summary>
/// <remarks>
/// Every sentence is a template filled with computed results and lists the values it rests on; no conclusion is written
/// by hand. The same results give the same brief. Immutable and thread-safe.
/// </remarks>
/// <param name="Scenario">The scenario's name (a bundled name or a file).</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="LeadModel">The model whose Monte Carlo, sensitivity and shocks the brief reports.</param>
/// <param name="Runs">The number of Monte Carlo runs.</param>
/// <param name="Seed">The root seed.</param>
public sealed record Brief(string Scenario, string Title, string LeadModel, int Runs, ulong Seed)
{
    /// <summary>Gets the opening sentences: what was run.</summary>
    public ImmutableArray<BriefSentence> Opening { get; init; } = [];

    /// <summary>Gets one section per issue, in scenario order.</summary>
    public ImmutableArray<IssueBrief> Issues { get; init; } = [];

    /// <summary>Gets the two-front story; empty when the scenario has no domestic arena.</summary>
    public ImmutableArray<BriefSentence> TwoFronts { get; init; } = [];

    /// <summary>Gets the limits: scenario exploration, sources, track record, seed.</summary>
    public ImmutableArray<BriefSentence> Limits { get; init; } = [];

    /// <summary>Gets every sentence of the brief in reading order.</summary>
    public IEnumerable<BriefSentence> AllSentences => Opening.Concat(Issues.SelectMany(i => i.Sentences)).Concat(TwoFronts).Concat(Limits);
}
