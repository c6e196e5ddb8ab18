using System.Text.Json;

namespace Statecraft.Cli.Tests;

public sealed class UncertaintyCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-cli-store-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ForecastRuns_Json_HasTheDistributionContract()
    {
        // When
        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "400", "--seed", "5", "--format", "json", "--no-store");

        // Then
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(400, json.RootElement.GetProperty("runs").GetInt32());
        var ceasefire = json.RootElement.GetProperty("issues")[0];
        Assert.Equal(40, ceasefire.GetProperty("forecast").GetDouble(), 12);
        var d = ceasefire.GetProperty("distribution");
        var p10 = d.GetProperty("p10").GetDouble();
        var p50 = d.GetProperty("p50").GetDouble();
        var p90 = d.GetProperty("p90").GetDouble();
        Assert.True(p10 <= p50 && p50 <= p90);
        Assert.InRange(d.GetProperty("mean").GetDouble(), p10, p90);
        Assert.Equal(400, d.GetProperty("histogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt64()));
        Assert.Equal(1, d.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("probability").GetDouble()), 12);
    }

    [Fact]
    public void ForecastRuns_Table_PointDistributionAndHistogramFitEightyColumns()
    {
        // When the distribution is shown as a table,
        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "400", "--seed", "5", "--no-store");

        // Then the header names the columns, the ceasefire row starts with its point forecast 40 (hand-computed
        // compromise), and the table needs no more than 80 columns.
        Assert.Equal(0, code);
        Assert.Matches(@"│ Issue +│ Point │ +Mean │ +P10 │ +P50 │ +P90 │ Histogram, min → max", output);
        Assert.Matches(@"│ ceasefire +│ +40 │", output);
        var table = output.Split('\n').Where(l => l.Length > 0 && "╭│├╰".Contains(l[0], StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, table.Length);
        Assert.All(table, l => Assert.True(l.TrimEnd().Length <= 80, l));
    }

    [Fact]
    public void ForecastRuns_OneOrTwoThreads_SameBytes()
    {
        var one = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "300", "--threads", "1", "--format", "json", "--no-store");
        var two = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "300", "--threads", "2", "--format", "json", "--no-store");
        Assert.Equal(one, two);
    }

    [Fact]
    public void ForecastRuns_SavedByDefault_ListedAndRerunReproducesTheSameNumbers()
    {
        // Given
        var (code, output) = CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "250", "--seed", "11", "--store", Store);
        Assert.Equal(0, code);
        Assert.Contains("saved as run 1 in", output, StringComparison.Ordinal);
        Assert.Contains("P50", output, StringComparison.Ordinal);

        // When
        var list = CliRunner.Run("runs", "list", "--store", Store);
        var show = CliRunner.Run("runs", "show", "1", "--store", Store);
        var rerun = CliRunner.Run("runs", "rerun", "1", "--store", Store);

        // Then
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("monte-carlo", list.Output, StringComparison.Ordinal);
        Assert.Contains("Three actors, two issues", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.StartsWith("run 1: monte-carlo, model compromise, seed 11, 250 runs", show.Output, StringComparison.Ordinal);
        Assert.Equal(0, rerun.ExitCode);
        Assert.StartsWith("run 1 reproduced: identical results (monte-carlo, model compromise, seed 11).", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsRerun_StoredResultsAltered_ReportsTheDifferenceAndFails()
    {
        // Given: a stored run whose results were changed behind the store's back.
        CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "50", "--store", Store);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE runs SET results_json = '{}' WHERE id = 1;";
            command.ExecuteNonQuery();
        }

        // When
        var (code, output) = CliRunner.Run("runs", "rerun", "1", "--store", Store);

        // Then
        Assert.Equal(1, code);
        Assert.StartsWith("run 1 differs from its stored results", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsRerun_StoredByAnotherCommit_ComparesTheResultsOnly()
    {
        // Given: a stored run that an earlier commit made (its manifest and record say so).
        CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "50", "--store", Store);
        var current = CliRunner.Run("--version").Output.Trim();
        const string Earlier = "0.0.9+0123456789abcdef0123456789abcdef01234567";
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE runs SET tool_version = $earlier, results_json = replace(results_json, $current, $earlier) WHERE id = 1;";
            command.Parameters.AddWithValue("$earlier", Earlier);
            command.Parameters.AddWithValue("$current", current);
            command.ExecuteNonQuery();
        }

        // When
        var show = CliRunner.Run("runs", "show", "1", "--store", Store);
        var rerun = CliRunner.Run("runs", "rerun", "1", "--store", Store);

        // Then
        Assert.Contains($"Statecraft {Earlier}", show.Output, StringComparison.Ordinal);
        Assert.Equal(0, rerun.ExitCode);
        Assert.StartsWith("run 1 reproduced", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RunsShow_UnknownId_ExitCode2WithHint()
    {
        CliRunner.Run("forecast", CliRunner.Data("cli/three-actors.yaml"), "--runs", "10", "--store", Store);
        var (code, output) = CliRunner.Run("runs", "show", "9", "--store", Store);
        Assert.Equal(2, code);
        Assert.Contains($"error: no run 9 in {Store}; see 'statecraft runs list'.", output.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void SensitivityShock_DropActor_HandComputedBeforeAndAfter()
    {
        // ceasefire: (50·0 + 25·60 + 25·100)/100 = 40 → without A (25·60 + 25·100)/50 = 80; talks: 50 → 80.
        var (code, output) = CliRunner.Run("sensitivity", CliRunner.Data("cli/three-actors.yaml"), "--shock", "drop:A", "--format", "json", "--store", Store);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["drop actor 'A'"], json.RootElement.GetProperty("shocks").EnumerateArray().Select(s => s.GetString()!).ToArray());
        var issues = json.RootElement.GetProperty("issues");
        Assert.Equal(40, issues[0].GetProperty("before").GetDouble(), 12);
        Assert.Equal(80, issues[0].GetProperty("after").GetDouble(), 12);
        Assert.Equal(40, issues[0].GetProperty("change").GetDouble(), 12);
        Assert.Equal(80, issues[1].GetProperty("after").GetDouble(), 12);
        Assert.Equal(0, CliRunner.Run("runs", "rerun", "1", "--store", Store).ExitCode);
    }

    [Fact]
    public void Sensitivity_OneAtATime_HandComputedSwingsLargestFirst()
    {
        // ceasefire, w = (50, 25, 25), x = (0, 60, 100): capability(A) ÷1.5 gives 4000/83.33 = 48, ×1.5 gives 4000/125 = 32
        // (swing 16); position(A) sits at 0, so its low case is clamped to 0 and only +10 counts: 40 → 45 (swing 5).
        var (code, output) = CliRunner.Run("sensitivity", CliRunner.Data("cli/three-actors.yaml"), "--format", "json", "--no-store");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var effects = json.RootElement.GetProperty("issues")[0].GetProperty("effects");
        Assert.Equal("capability(A)", effects[0].GetProperty("input").GetString());
        Assert.Equal(48, effects[0].GetProperty("lowForecast").GetDouble(), 12);
        Assert.Equal(32, effects[0].GetProperty("highForecast").GetDouble(), 12);
        Assert.Equal(16, effects[0].GetProperty("swing").GetDouble(), 12);
        var positionA = effects.EnumerateArray().Single(e => e.GetProperty("input").GetString() == "position(A, ceasefire)");
        Assert.Equal(0, positionA.GetProperty("low").GetDouble());
        Assert.Equal(5, positionA.GetProperty("swing").GetDouble(), 12);
    }

    [Theory]
    [InlineData("kill:A", "error: --shock kill:A: expected drop:ACTOR, salience:ACTOR:ISSUE=S, position:ACTOR:ISSUE=X, capability:ACTOR=C or merge:A+B[=ID].")]
    [InlineData("salience:A:talks=high", "error: --shock salience:A:talks=high: 'high' is not a number.")]
    [InlineData("drop:Z", "error: --shock: Unknown actor 'Z'. Known actors: A, B, C.")]
    public void Sensitivity_BadShock_ExitCode2WithTheMessage(string shock, string message)
    {
        var (code, output) = CliRunner.Run("sensitivity", CliRunner.Data("cli/three-actors.yaml"), "--shock", shock, "--no-store");
        Assert.Equal(2, code);
        Assert.Equal(message, output.Replace("\n", " ", StringComparison.Ordinal).Trim().Replace("  ", " ", StringComparison.Ordinal));
    }
}
