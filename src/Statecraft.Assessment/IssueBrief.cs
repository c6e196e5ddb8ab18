using System.Collections.Immutable;

namespace Statecraft.Assessment;

/// <summary>What the brief says about one issue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="IssueId">The issue's id.</param>
/// <param name="Name">The issue's name.</param>
/// <param name="Sentences">The sentences in reading order: headline, doubt, models, pulls, what-ifs.</param>
public sealed record IssueBrief(string IssueId, string Name, ImmutableArray<BriefSentence> Sentences);
