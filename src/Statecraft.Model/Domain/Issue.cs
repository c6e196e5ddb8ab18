using System.Collections.Immutable;

namespace Statecraft.Model.Domain;

/// <summary>One question on which actors take positions, such as "durability of the Gaza ceasefire".</summary>
/// <remarks>
/// <para>Issues that share a <see cref="Group"/> are linked (the issues of one legislative proposal, or the
/// "pieces of a larger puzzle" of one negotiation); the exchange model trades across them.</para>
/// <para>Immutable and thread-safe. Record equality compares <see cref="Flags"/> by reference; use
/// <see cref="Scenario.ContentEquals"/> to compare scenarios.</para>
/// </remarks>
/// <param name="Id">The identifier used in stances and output, exactly as the file gives it.</param>
/// <param name="Name">A human-readable name.</param>
/// <param name="Scale">The issue's own scale.</param>
public sealed record Issue(string Id, string Name, IssueScale Scale)
{
    /// <summary>Gets optional free text describing the issue.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the reference point (status quo, disagreement point) on the issue's scale, if known.</summary>
    public double? ReferencePoint { get; init; }

    /// <summary>Gets the recorded real outcome on the issue's scale, if known (used for backtests).</summary>
    public double? Outcome { get; init; }

    /// <summary>Gets the set of linked issues this issue belongs to (e.g. a legislative proposal), if any.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the year the issue was put on the table (for DEU, the year of the proposal), if known; used to split backtests by period.</summary>
    public int? Year { get; init; }

    /// <summary>Gets free-form flags such as <c>armed-conflict</c> or <c>survival</c>, lower-case, in file order.</summary>
    public ImmutableArray<string> Flags { get; init; } = [];

    /// <summary>Gets the armed-conflict description of the issue, when it is flagged as one.</summary>
    public ArmedConflict? Conflict { get; init; }

    /// <summary>Returns whether the issue carries <paramref name="flag"/> (case-insensitive).</summary>
    /// <param name="flag">A flag name such as <c>survival</c>.</param>
    /// <returns><see langword="true"/> when the flag is present.</returns>
    public bool HasFlag(string flag) => Flags.Any(f => string.Equals(f, flag, StringComparison.OrdinalIgnoreCase));
}
