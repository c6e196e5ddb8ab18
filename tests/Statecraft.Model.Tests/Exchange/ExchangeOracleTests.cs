using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>
/// Round 1 of the equal-gain model on decide's sample data against the exchange list decide produced with
/// deterministic ties (tests/data/exchange/sample_data_round1_exchanges.csv; §7.3).
/// </summary>
public sealed class ExchangeOracleTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void RoundOne_SampleData_RealisesTheReferenceListInOrder()
    {
        // Given
        var scenario = DecideTestReader.Read("sample_data.txt");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);
        var expected = ReferenceRows();

        // When
        var result = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 1 });
        var realised = result.Rounds[0].Exchanges;

        // Then
        Assert.Equal(39, expected.Count);
        for (var k = 0; k < Math.Min(expected.Count, realised.Length); k++)
        {
            var row = expected[k];
            var e = realised[k];
            var where = $"exchange {k + 1}";
            Assert.True(row.ActorA == scenario.Actors[e.A.Actor].Id, $"{where}: actor A {scenario.Actors[e.A.Actor].Id}, expected {row.ActorA}");
            Assert.True(row.IssueA == scenario.Issues[e.A.SupplyIssue].Id, $"{where}: issue A {scenario.Issues[e.A.SupplyIssue].Id}, expected {row.IssueA}");
            Assert.True(row.ActorB == scenario.Actors[e.B.Actor].Id, $"{where}: actor B {scenario.Actors[e.B.Actor].Id}, expected {row.ActorB}");
            Assert.True(row.IssueB == scenario.Issues[e.B.SupplyIssue].Id, $"{where}: issue B {scenario.Issues[e.B.SupplyIssue].Id}, expected {row.IssueB}");
            AssertClose(row.Gain, e.Gain, $"{where}: gain");
            AssertClose(row.VotingA, e.A.Voting, $"{where}: voting A");
            AssertClose(row.VotingB, e.B.Voting, $"{where}: voting B");
            AssertClose(row.StartA, e.A.Start, $"{where}: start A");
            AssertClose(row.StartB, e.B.Start, $"{where}: start B");
            Assert.True((row.CheckA && row.CheckB) != (e.A.Capped || e.B.Capped), $"{where}: cap flag");
        }

        Assert.Equal(expected.Count, realised.Length);
    }

    [Fact]
    public void RoundOne_SampleData_FirstTwoExchangesMatchPublishedFigures()
    {
        // Given
        var scenario = DecideTestReader.Read("sample_data.txt");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);

        // When
        var realised = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 1 }).Rounds[0].Exchanges;

        // Then (§7.3)
        Assert.Equal(1.973684, realised[0].Gain, 1e-6);
        Assert.Equal(100, realised[0].A.Voting, 1e-9);
        Assert.Equal(61.051174, realised[0].B.Voting, 1e-6);
        Assert.Equal(49.488, realised[0].A.OutcomeBefore, 1e-3);
        Assert.Equal(62.646, realised[0].A.OutcomeAfter, 1e-3);
        Assert.Equal(49.353, realised[0].B.OutcomeBefore, 1e-3);
        Assert.Equal(59.741, realised[0].B.OutcomeAfter, 1e-3);
        Assert.Equal(1.792636, realised[1].Gain, 1e-6);
        Assert.Equal(25, realised[1].A.Voting, 1e-9);
        Assert.Equal(0.148800, realised[1].B.Voting, 1e-6);
    }

    [Theory]
    [InlineData(ExchangeMode.Clean, ExchangeTieBreak.GenerationOrder, 14)]
    public void RoundOne_SampleData_OtherModesAgreeOnlyForTheDocumentedPrefix(ExchangeMode mode, ExchangeTieBreak tieBreak, int agreeing)
    {
        // Given (§7.3: clean mode agrees with the reference list for the first 14 exchanges)
        var scenario = DecideTestReader.Read("sample_data.txt");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);
        var expected = ReferenceRows();

        // When
        var realised = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 1, Mode = mode, TieBreak = tieBreak }).Rounds[0].Exchanges;

        // Then
        Assert.Equal(agreeing, CommonPrefix(scenario, expected, realised));
    }

    internal static int CommonPrefix(Statecraft.Model.Domain.Scenario scenario, List<ReferenceRow> expected, IReadOnlyList<RealisedExchange> realised)
    {
        var k = 0;
        while (k < expected.Count && k < realised.Count
            && expected[k].ActorA == scenario.Actors[realised[k].A.Actor].Id
            && expected[k].IssueA == scenario.Issues[realised[k].A.SupplyIssue].Id
            && expected[k].ActorB == scenario.Actors[realised[k].B.Actor].Id
            && Math.Abs(expected[k].Gain - realised[k].Gain) <= 1e-9)
        {
            k++;
        }

        return k;
    }

    internal static List<ReferenceRow> ReferenceRows()
    {
        var rows = new List<ReferenceRow>();
        foreach (var line in File.ReadLines(DecideTestReader.DataPath("sample_data_round1_exchanges.csv")).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split(';');
            rows.Add(new ReferenceRow(
                f[0],
                Issue(f[1]),
                DecideTestReader.Number(f[6]),
                DecideTestReader.Number(f[8]),
                DecideTestReader.Number(f[16]),
                f[20] == "True",
                f[22],
                Issue(f[23]),
                DecideTestReader.Number(f[28]),
                DecideTestReader.Number(f[30]),
                f[42] == "True"));
        }

        return rows;
    }

    private static string Issue(string field) => field[..field.IndexOf(" [", StringComparison.Ordinal)];

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what} = {actual:R}, expected {expected:R}");

    internal sealed record ReferenceRow(
        string ActorA, string IssueA, double StartA, double VotingA, double Gain, bool CheckA,
        string ActorB, string IssueB, double StartB, double VotingB, bool CheckB);
}
