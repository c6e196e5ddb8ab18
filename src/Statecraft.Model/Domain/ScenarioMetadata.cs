using System.Collections.Immutable;

namespace Statecraft.Model.Domain;

/// <summary>What a scenario is about, where its numbers come from and what it assumes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Title">A short title.</param>
public sealed record ScenarioMetadata(string Title)
{
    /// <summary>Gets the scenario's short id (kebab-case by convention, e.g. <c>middle-east-2025</c>), if the file gives one.</summary>
    public string? Id { get; init; }

    /// <summary>Gets a longer description, shown by <c>statecraft scenarios</c> and in reports.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the sources the numbers come from.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>Gets the date the scenario describes.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the assumptions the scenario makes, stated plainly.</summary>
    public ImmutableArray<string> Assumptions { get; init; } = [];
}
