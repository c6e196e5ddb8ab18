using Statecraft.Model.Backtesting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Backtesting;

public class CrossValidationSplitsTests
{
    // Five proposals: p1 (2 issues, 1998, cod), p2 (1998, cns), p3 (1999, cns), p4 (2000, cod), p5 (2000, cns).
    private static readonly Issue[] Issues =
    [
        Make("a", "p1", 1998, "cod"), Make("b", "p1", 1998, "cod"), Make("c", "p2", 1998, "cns"),
        Make("d", "p3", 1999, "cns"), Make("e", "p4", 2000, "cod"), Make("f", "p5", 2000, "cns"),
    ];

    [Fact]
    public void Proposal_LeavesEachGroupOutOnce()
    {
        var splits = CrossValidationSplits.Create(Issues, CrossValidationScheme.Proposal, 1);

        Assert.Equal(5, splits.Length);
        Assert.Equal([0, 1], splits[0].Test.ToArray());
        Assert.Equal([2, 3, 4, 5], splits[0].Train.ToArray());
        Assert.All(splits, s => Assert.Equal("proposal", s.Row));
    }

    [Fact]
    public void KFold_PutsEveryGroupInOneTestFoldPerRepeat_AndNeverOnBothSides()
    {
        var splits = CrossValidationSplits.Create(Issues, CrossValidationScheme.KFold, 7, repeats: 3, folds: 2);

        Assert.Equal(6, splits.Length);
        for (var r = 0; r < 3; r++)
        {
            var tested = splits.Skip(2 * r).Take(2).SelectMany(s => s.Test).Order().ToArray();
            Assert.Equal([0, 1, 2, 3, 4, 5], tested);
        }

        Assert.All(splits, s => Assert.Empty(s.Train.Select(i => Issues[i].Group).Intersect(s.Test.Select(i => Issues[i].Group))));
        Assert.Equal(splits.Select(s => s.Test), CrossValidationSplits.Create(Issues, CrossValidationScheme.KFold, 7, 3, 2).Select(s => s.Test));
    }

    [Fact]
    public void KFold_MoreFoldsThanGroups_ThrowsWithTheRange()
    {
        var e = Assert.Throws<ArgumentException>(() => CrossValidationSplits.Create(Issues, CrossValidationScheme.KFold, 1, 1, 6));
        Assert.StartsWith("k-fold needs between 2 and 5 folds (one per group at most); got 6.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_CutsWhereTheSidesAreMostEven_BothWays()
    {
        // Cut 1999: 3 earlier, 3 later (cut 2000 would give 4 against 2).
        var splits = CrossValidationSplits.Create(Issues, CrossValidationScheme.Period, 1);

        Assert.Equal(["1998–1998 → 1999–2000", "1999–2000 → 1998–1998"], splits.Select(s => s.Row));
        Assert.Equal([3, 4, 5], splits[0].Test.ToArray());
        Assert.Equal([0, 1, 2], splits[1].Test.ToArray());
    }

    [Fact]
    public void Period_WithoutYears_ThrowsNamingTheCount()
    {
        Issue[] issues = [.. Issues.Select((i, k) => k < 2 ? i with { Year = null } : i)];

        var e = Assert.Throws<ArgumentException>(() => CrossValidationSplits.Create(issues, CrossValidationScheme.Period, 1));
        Assert.StartsWith("The period scheme needs the year of every scored issue; 2 of 6 have none", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Procedure_TestsEachProcedureOnTheOthers()
    {
        var splits = CrossValidationSplits.Create(Issues, CrossValidationScheme.Procedure, 1);

        Assert.Equal(["cod → cns", "cns → cod"], splits.Select(s => s.Row));
        Assert.Equal([2, 3, 5], splits[0].Test.ToArray());
        Assert.Equal([0, 1, 4], splits[1].Test.ToArray());
    }

    private static Issue Make(string id, string group, int year, string procedure) =>
        new(id, id, IssueScale.Percent) { Group = group, Year = year, Flags = [procedure], Outcome = 50 };
}
