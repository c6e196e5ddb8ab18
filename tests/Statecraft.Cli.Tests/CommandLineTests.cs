namespace Statecraft.Cli.Tests;

/// <summary>The strict command line: unknown options, commands and arguments, values of the wrong kind and
/// contradicting options are refused with exit code 2 and one line on standard error, in the words the user typed.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("forecast --modle eu", "error: unknown option --modle; did you mean --model?")]
    [InlineData("forecast --run 100", "error: unknown option --run; did you mean --runs?")]
    [InlineData("unrest --tick 5", "error: unknown option --tick; did you mean --ticks?")]
    [InlineData("sensitivity --sample 8", "error: unknown option --sample; did you mean --samples?")]
    [InlineData("forecast -x", "error: unknown option -x for 'statecraft forecast'; see 'statecraft forecast --help'.")]
    [InlineData("models --foo", "error: unknown option --foo for 'statecraft models'; see 'statecraft models --help'.")]
    [InlineData("runs list --limt 3", "error: unknown option --limt; did you mean --limit?")]
    [InlineData("forecst", "error: unknown command 'forecst'; did you mean 'forecast'?")]
    [InlineData("runs lst", "error: unknown command 'lst'; did you mean 'list'?")]
    [InlineData("forecast a b", "error: unexpected argument 'b' for 'statecraft forecast'; see 'statecraft forecast --help'.")]
    [InlineData("forecast --runs abc", "error: --runs expects a whole number; got 'abc'.")]
    [InlineData("forecast --seed -5", "error: --seed must be a whole number from 0 to 18,446,744,073,709,551,615; got -5.")]
    [InlineData("unrest --legitimacy high", "error: --legitimacy high is not a number (e.g. 0.5).")]
    [InlineData("runs show abc", "error: the argument 'abc' is not a whole number.")]
    [InlineData("forecast --threads 2", "error: --threads applies only with --runs N; without it, it would be ignored.")]
    [InlineData("forecast --runs 3 --store x.db --no-store", "error: --store and --no-store contradict each other; use one of them.")]
    [InlineData("sensitivity --samples 8", "error: --samples applies only with --method sobol; without it, it would be ignored.")]
    [InlineData("sensitivity --method sobol --shock drop:USA", "error: --shock and --method sobol contradict each other; use one of them.")]
    public void Mistake_IsRefusedOnStandardError_WithTheNearestName(string arguments, string message) => AssertRefused(arguments, message);

    [Theory]
    [InlineData("forecast --runs 0", "error: --runs must be a whole number from 1 to 10,000,000; got 0.")]
    [InlineData("forecast --runs 10000001", "error: --runs must be a whole number from 1 to 10,000,000; got 10000001.")]
    [InlineData("forecast --runs 99999999999", "error: --runs must be a whole number from 1 to 10,000,000; got 99999999999.")]
    [InlineData("forecast --runs=-3", "error: --runs must be a whole number from 1 to 10,000,000; got -3.")]
    [InlineData("forecast --runs 1.5", "error: --runs expects a whole number; got '1.5'.")]
    [InlineData("assess --runs 99999999999", "error: --runs must be a whole number from 100 to 1,000,000; got 99999999999.")]
    [InlineData("forecast --runs 5 --threads 0", "error: --threads must be a whole number from 1 to 1,024; got 0.")]
    [InlineData("forecast --runs 5 --threads 4096", "error: --threads must be a whole number from 1 to 1,024; got 4096.")]
    [InlineData("forecast --seed 18446744073709551616", "error: --seed must be a whole number from 0 to 18,446,744,073,709,551,615; got 18446744073709551616.")]
    [InlineData("forecast --rounds -1", "error: --rounds must be a whole number of 0 or more; got -1.")]
    [InlineData("forecast --rounds 99999999999", "error: --rounds is larger than the model option 'rounds' allows (statecraft models lists its range); got 99999999999.")]
    [InlineData("sensitivity --method sobol --samples 1", "error: --samples must be a whole number from 2 to 1,000,000; got 1.")]
    [InlineData("sensitivity --top 0", "error: --top must be a whole number from 1 to 1,000,000; got 0.")]
    [InlineData("unrest --ticks 2147483648", "error: --ticks must be a whole number from 0 to 1,000,000; got 2147483648.")]
    [InlineData("unrest --size -3", "error: --size must be a whole number of 0 or more; got -3.")]
    [InlineData("serve --port 65536", "error: --port must be a whole number from 1 to 65,535; got 65536.")]
    [InlineData("serve --max-upload 5", "error: --max-upload must be a whole number from 1,024 to 1,073,741,824; got 5.")]
    [InlineData("runs list --limit 0", "error: --limit must be a whole number from 1 to 1,000,000; got 0.")]
    [InlineData("runs prune --keep -1", "error: --keep must be a whole number from 0 to 1,000,000,000; got -1.")]
    [InlineData("runs show 99999999999999999999", "error: the argument '99999999999999999999' is too large.")]
    public void WholeNumber_OutOfRangeOrNotANumber_NamesTheOptionsOwnRange(string arguments, string message) => AssertRefused(arguments, message);

    [Theory]
    [InlineData("sensitivity --format json --top 3", "error: --top does not apply with --format json: --top picks the rows of the table, and the JSON holds every input.")]
    [InlineData("sensitivity --shock drop:USA --top 3", "error: --top does not apply with --shock: a what-if shows every issue before and after, and --top picks the inputs of a ranking.")]
    [InlineData("sensitivity --shock drop:USA --threads 2", "error: --threads does not apply with --shock: a what-if is two model runs, made one after the other on one thread.")]
    [InlineData("forecast --capability equal", "error: --capability equal reads a scenario file, and 'middle-east-2025' is a bundled scenario, which is read as it is; give a file (SCENARIO) or leave --capability out.")]
    [InlineData("forecast eu-emission-1994 --input-format deu", "error: --input-format deu reads a scenario file, and 'eu-emission-1994' is a bundled scenario, which is read as it is; give a file (SCENARIO) or leave --input-format out.")]
    [InlineData("sensitivity --weights w.csv", "error: --weights w.csv reads a scenario file, and 'middle-east-2025' is a bundled scenario, which is read as it is; give a file (SCENARIO) or leave --weights out.")]
    [InlineData("unrest --capability equal", "error: --capability applies only with a SCENARIO file; without it, it would be ignored.")]
    [InlineData("unrest --input-format deu", "error: --input-format applies only with a SCENARIO file; without it, it would be ignored.")]
    public void OptionIgnoredInThatMode_IsRefusedNamingBoth(string arguments, string message) => AssertRefused(arguments, message);

    [Theory]
    [InlineData("forecast", "--capability", "equal")]
    [InlineData("convert", "--weights", "w.csv")]
    [InlineData("validate", "--capability", "shapley")]
    public void DeuOptionOnAYamlFile_IsRefusedWithTheFormatItIsReadAs(string command, string option, string value)
    {
        // Given
        var file = CliRunner.Data("cli/three-actors.yaml");
        string[] args = command == "convert" ? [command, file, Path.Combine(Path.GetTempPath(), "statecraft-never-written.yaml"), option, value] : [command, file, option, value];

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit(args);

        // Then
        Assert.Equal(2, code);
        Assert.Contains($"{file}: error SC1011: {option} {value} applies only to DEU II files, and 'three-actors.yaml' is read as yaml. Leave it out, or read a DEU II file (--input-format deu).", ShardCommands.Flat(stdout + stderr), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelled_StreamedCsvRun_EndsWith130AndLeavesNoFile()
    {
        // Given: a Monte Carlo CSV to a file, cancelled (Ctrl+C) before it could finish.
        var folder = Directory.CreateTempSubdirectory("statecraft-cancel-").FullName;
        var target = Path.Combine(folder, "mc.csv");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var console = new Spectre.Console.Testing.TestConsole();
        var error = new Spectre.Console.Testing.TestConsole();
        error.Profile.Width = 200;

        // When
        var code = CliApp.Run(["forecast", "--runs", "100000", "--format", "csv", "--out", target, "--no-store"], console, error, cancellation.Token);

        // Then: neither the file nor its temporary file is left.
        Assert.Equal(130, code);
        Assert.Equal("cancelled: stopped before the end; no output file was written.\n", error.Output.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetFiles(folder));
        Directory.Delete(folder);
    }

    [Fact]
    public void EveryWholeNumberOption_DeclaresItsRange()
    {
        // Given: every option of every command held in an integer type.
        var integers = new[] { typeof(int), typeof(int?), typeof(long), typeof(long?), typeof(ulong), typeof(ulong?), typeof(uint), typeof(uint?) };
        var options = typeof(Statecraft.Cli.Infrastructure.WholeNumbers).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Spectre.Console.Cli.CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => integers.Contains(x.Property.PropertyType) && x.Property.GetCustomAttributes(typeof(Spectre.Console.Cli.CommandOptionAttribute), true).Length > 0)
            .ToArray();

        // Then: each declares its whole numbers, so no message falls back to the range of its .NET type.
        Assert.NotEmpty(options);
        Assert.All(options, x => Assert.True(
            x.Property.GetCustomAttributes(typeof(Statecraft.Cli.Infrastructure.WholeNumberAttribute), true).Length == 1,
            $"{x.Type.Name}.{x.Property.Name} has no [WholeNumber]"));
    }

    [Theory]
    [InlineData("forecast --runs abc")]
    [InlineData("forecast --seed x")]
    [InlineData("unrest --ticks 1.5")]
    [InlineData("runs show x")]
    public void ConversionFailure_NeverNamesADotNetType(string arguments)
    {
        var (code, _, stderr) = CliRunner.RunSplit(arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.DoesNotContain("`", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scenarios --verbose")]
    [InlineData("models -v")]
    public void Verbose_IsAcceptedByEveryCommand(string arguments)
    {
        var (code, _, stderr) = CliRunner.RunSplit(arguments.Split(' '));

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void BadScenario_GoesToStandardError_NotIntoTheJson()
    {
        var (code, stdout, stderr) = CliRunner.RunSplit("forecast", "no-such-file.yaml", "--format", "json");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("no-such-file.yaml", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="arguments"/> and expects exit code 2, nothing on standard output and exactly
    /// <paramref name="message"/> on standard error (a message longer than the console is wide is read unwrapped).</summary>
    private static void AssertRefused(string arguments, string message)
    {
        var (code, stdout, stderr) = CliRunner.RunSplit(arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.EndsWith("\n", stderr, StringComparison.Ordinal);
        Assert.Equal(message, ShardCommands.Flat(stderr));
    }
}
