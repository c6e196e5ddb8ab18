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
    [InlineData("forecast --runs abc", "error: --runs abc is not a whole number (from -2147483648 to 2147483647).")]
    [InlineData("forecast --seed -5", "error: --seed -5 is not a whole number from 0 to 18446744073709551615.")]
    [InlineData("unrest --legitimacy high", "error: --legitimacy high is not a number (e.g. 0.5).")]
    [InlineData("runs show abc", "error: the argument 'abc' is not a whole number.")]
    [InlineData("forecast --threads 2", "error: --threads applies only with --runs N; without it, it would be ignored.")]
    [InlineData("forecast --runs 3 --store x.db --no-store", "error: --store and --no-store contradict each other; use one of them.")]
    [InlineData("sensitivity --samples 8", "error: --samples applies only with --method sobol; without it, it would be ignored.")]
    [InlineData("sensitivity --method sobol --shock drop:USA", "error: --shock and --method sobol contradict each other; use one of them.")]
    public void Mistake_IsRefusedOnStandardError_WithTheNearestName(string arguments, string message)
    {
        var (code, stdout, stderr) = CliRunner.RunSplit(arguments.Split(' '));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(message + "\n", stderr);
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
}
