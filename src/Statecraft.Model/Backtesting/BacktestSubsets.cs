using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Backtesting;

/// <summary>The subsets a backtest reports separately: each issue flag (for DEU the procedure, <c>cod</c> or <c>cns</c>), and single- vs multi-issue groups.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BacktestSubsets
{
    /// <summary>The key of issues whose group has one issue (or that have no group).</summary>
    public const string SingleIssue = "single-issue";

    /// <summary>The key of issues whose group has two or more issues.</summary>
    public const string MultiIssue = "multi-issue";

    /// <summary>Returns the subset keys of every issue of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>For each issue id, its keys: its flags in lower case, then <see cref="SingleIssue"/> or <see cref="MultiIssue"/>.</returns>
    public static ImmutableDictionary<string, ImmutableArray<string>> Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sizes = scenario.Issues.Where(i => i.Group is not null)
            .GroupBy(i => i.Group!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var keys = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var issue in scenario.Issues)
        {
            var multi = issue.Group is { } g && sizes[g] > 1;
            keys[issue.Id] = [.. issue.Flags.Select(f => f.ToLowerInvariant()).Distinct(), multi ? MultiIssue : SingleIssue];
        }

        return keys.ToImmutable();
    }
}
