using System.Collections.Immutable;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>One parsed issue row of a DEU file, before capabilities are assigned.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Record">The CSV record, for diagnostics.</param>
/// <param name="IssueId">The issue id (<c>isnr</c>).</param>
/// <param name="Proposal">The proposal code (<c>prnr</c>).</param>
/// <param name="Procedure">The procedure reference as written (<c>cod</c>), e.g. <c>2000/0032(COD)</c>.</param>
/// <param name="ProposalName">The proposal's short name (<c>prname</c>).</param>
/// <param name="ReferencePoint">The reference point (<c>rp</c>), if given.</param>
/// <param name="Outcome">The outcome (<c>out</c>), if given.</param>
/// <param name="Positions">Each actor's position, or <see langword="null"/> when blank, in actor-column order.</param>
/// <param name="Saliences">Each actor's salience on 0–100, or <see langword="null"/> when blank.</param>
internal sealed record DeuRow(
    CsvRecord Record,
    string IssueId,
    string Proposal,
    string Procedure,
    string ProposalName,
    double? ReferencePoint,
    double? Outcome,
    ImmutableArray<double?> Positions,
    ImmutableArray<double?> Saliences)
{
    /// <summary>Returns whether actor <paramref name="k"/> counts: a position and a salience &gt; 0 (§1.6).</summary>
    /// <param name="k">The actor's index in actor-column order.</param>
    /// <returns><see langword="true"/> when the actor counts on this issue.</returns>
    public bool Counts(int k) => Positions[k] is not null && Saliences[k] is > 0;
}
