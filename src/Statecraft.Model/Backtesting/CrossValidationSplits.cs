using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Backtesting;

/// <summary>Builds the training/test splits of each <see cref="CrossValidationScheme"/>; no issue group is ever on both sides.</summary>
/// <remarks>
/// <para>Groups are <see cref="Issue.Group"/> (the DEU proposal; an ungrouped issue is its own group). <c>kfold</c>
/// orders the distinct groups ordinally, shuffles them (Fisher–Yates) with the seed derived from (seed, repeat) and
/// deals them round-robin into the folds. <c>period</c> cuts the years at the boundary that splits the issues most
/// evenly (ties: the earlier cut) and tests each side on a model trained on the other. <c>procedure</c> takes each
/// issue's procedure from its first flag and tests each procedure on a model trained on the others.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class CrossValidationSplits
{
    /// <summary>Creates the splits of a scheme.</summary>
    /// <param name="issues">The scored issues (with outcomes), in scenario order.</param>
    /// <param name="scheme">The scheme.</param>
    /// <param name="seed">The root seed (k-fold shuffles).</param>
    /// <param name="repeats">The number of k-fold repetitions. Range: ≥ 1.</param>
    /// <param name="folds">The number of k-fold folds. Range: 2 to the number of groups.</param>
    /// <returns>The splits; both sides of each are non-empty.</returns>
    /// <exception cref="ArgumentException">The issues cannot be split this way (fewer than two groups, years or procedures, or too few groups for the folds).</exception>
    public static ImmutableArray<CrossValidationSplit> Create(IReadOnlyList<Issue> issues, CrossValidationScheme scheme, ulong seed, int repeats = 10, int folds = 10)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return scheme switch
        {
            CrossValidationScheme.Proposal => LeaveOneGroupOut(issues),
            CrossValidationScheme.KFold => KFold(issues, seed, repeats, folds),
            CrossValidationScheme.Period => Period(issues),
            CrossValidationScheme.Procedure => Procedure(issues),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown scheme."),
        };
    }

    /// <summary>Returns an issue's group key: its group, or its id when it has none.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The key.</returns>
    public static string GroupOf(Issue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Group ?? issue.Id;
    }

    private static ImmutableArray<CrossValidationSplit> LeaveOneGroupOut(IReadOnlyList<Issue> issues)
    {
        var groups = Groups(issues);
        return [.. groups.Select(g => Split("proposal", issues, i => !g.Contains(i)))];
    }

    private static ImmutableArray<CrossValidationSplit> KFold(IReadOnlyList<Issue> issues, ulong seed, int repeats, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var keys = issues.Select(GroupOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (folds < 2 || folds > keys.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"k-fold needs between 2 and {keys.Length} folds (one per group at most); got {folds}."), nameof(folds));
        }

        var splits = ImmutableArray.CreateBuilder<CrossValidationSplit>(repeats * folds);
        for (var r = 0; r < repeats; r++)
        {
            var order = keys.ToArray();
            var random = new Xoshiro256StarStar(SeedSequence.Derive(seed, (ulong)r));
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var fold = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < order.Length; i++)
            {
                fold[order[i]] = i % folds;
            }

            for (var f = 0; f < folds; f++)
            {
                splits.Add(Split("kfold", issues, i => fold[GroupOf(issues[i])] != f));
            }
        }

        return splits.MoveToImmutable();
    }

    private static ImmutableArray<CrossValidationSplit> Period(IReadOnlyList<Issue> issues)
    {
        var missing = issues.Count(i => i.Year is null);
        if (missing > 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The period scheme needs the year of every scored issue; {missing} of {issues.Count} have none (DEU files carry it in the cod column, e.g. 2000/0032(COD))."), nameof(issues));
        }

        var years = issues.Select(i => i.Year!.Value).Distinct().Order().ToArray();
        if (years.Length < 2)
        {
            throw new ArgumentException("The period scheme needs issues from at least two different years.", nameof(issues));
        }

        var cut = years[1];
        var best = int.MaxValue;
        foreach (var candidate in years.Skip(1))
        {
            var early = issues.Count(i => i.Year < candidate);
            var imbalance = Math.Abs(early - (issues.Count - early));
            if (imbalance < best)
            {
                best = imbalance;
                cut = candidate;
            }
        }

        var last = years.Where(y => y < cut).Max();
        var earlier = string.Create(CultureInfo.InvariantCulture, $"{years[0]}–{last}");
        var later = string.Create(CultureInfo.InvariantCulture, $"{cut}–{years[^1]}");
        return
        [
            Split($"{earlier} → {later}", issues, i => issues[i].Year < cut),
            Split($"{later} → {earlier}", issues, i => issues[i].Year >= cut),
        ];
    }

    private static ImmutableArray<CrossValidationSplit> Procedure(IReadOnlyList<Issue> issues)
    {
        var missing = issues.Count(i => i.Flags.IsEmpty);
        if (missing > 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The procedure scheme needs a procedure flag on every scored issue (DEU: cod or cns); {missing} of {issues.Count} have none."), nameof(issues));
        }

        string ProcedureOf(int i) => issues[i].Flags[0].ToLowerInvariant();
        var procedures = Enumerable.Range(0, issues.Count).Select(ProcedureOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (procedures.Length < 2)
        {
            throw new ArgumentException("The procedure scheme needs issues under at least two procedures.", nameof(issues));
        }

        // Tested in ordinal order: for DEU consultation first ("cod → cns"), then co-decision ("cns → cod").
        return
        [
            .. procedures.Select(test =>
            {
                var train = string.Join('+', procedures.Where(p => p != test));
                return Split($"{train} → {test}", issues, i => ProcedureOf(i) != test);
            }),
        ];
    }

    private static List<HashSet<int>> Groups(IReadOnlyList<Issue> issues)
    {
        var index = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var groups = new List<HashSet<int>>();
        for (var i = 0; i < issues.Count; i++)
        {
            if (!index.TryGetValue(GroupOf(issues[i]), out var members))
            {
                index[GroupOf(issues[i])] = members = [];
                groups.Add(members);
            }

            members.Add(i);
        }

        if (groups.Count < 2)
        {
            throw new ArgumentException("Cross-validation by group needs at least two groups (proposals) with a scored issue.", nameof(issues));
        }

        return groups;
    }

    private static CrossValidationSplit Split(string row, IReadOnlyList<Issue> issues, Func<int, bool> isTraining)
    {
        var train = ImmutableArray.CreateBuilder<int>();
        var test = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < issues.Count; i++)
        {
            (isTraining(i) ? train : test).Add(i);
        }

        return new CrossValidationSplit(row, train.ToImmutable(), test.ToImmutable());
    }
}
