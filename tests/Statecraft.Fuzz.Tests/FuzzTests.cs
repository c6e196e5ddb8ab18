using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
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
    public const int DefaultInputs = 2000;

    /// <summary>The most processor time one input may take. Processor time, not wall-clock time: on a machine shared
    /// by other work the wall-clock time of the same input varies tenfold.</summary>
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(30);

    /// <summary>The most memory the test process may hold after one input.</summary>
    private const long MaxWorkingSet = 3L * 1024 * 1024 * 1024;

    private static readonly string[] Seeds =
    [
        "three-actors.yaml", "middle-east-2025.yaml", "dummyData_3Dim.csv", "smpExample.xml", "emission_bdm1994.csv", "sample_data.txt", "DEU2-EU15.csv",
    ];

    private static readonly string?[] Originals = new string?[Seeds.Length];

    public static TheoryData<string> Regressions() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "regressions")).Select(f => new FileInfo(f).Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void MutatedInputs_EveryFormat_ExitWith0Or2_WithoutAStackTrace()
    {
        var inputs = Setting("STATECRAFT_FUZZ_INPUTS", DefaultInputs);
        var seed = Setting("STATECRAFT_FUZZ_SEED", 1);
        var first = Setting("STATECRAFT_FUZZ_FIRST", 0);
        var log = Environment.GetEnvironmentVariable("STATECRAFT_FUZZ_LOG");
        var failures = new List<string>();
        var exits = new int[3];
        var slowest = (Time: TimeSpan.Zero, Input: -1);
        var watch = Stopwatch.StartNew();
        for (var i = first; i < first + inputs; i++)
        {
            var (code, problem, elapsed) = RunInput(seed, i);
            slowest = elapsed > slowest.Time ? (elapsed, i) : slowest;
            if (code is >= 0 and <= 2)
            {
                exits[code]++;
            }

            if (problem is not null)
            {
                failures.Add(problem);
                if (log is not null)
                {
                    File.AppendAllText(log, problem + "\n");
                }
            }

            if (log is not null && ((i - first + 1) % 1000 == 0 || i == first + inputs - 1))
            {
                File.AppendAllText(log, Summary(i - first + 1) + "\n");
            }
        }

        Console.WriteLine(Summary(inputs));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));

        string Summary(int done) => string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {done} inputs from {first}, seed {seed}: {exits[0]} exit 0, {exits[2]} exit 2, {failures.Count} broke the rule; {watch.Elapsed.TotalMinutes:F1} min; slowest input {slowest.Input} at {slowest.Time.TotalSeconds:F2} s of processor time; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB");
    }

    /// <summary>Makes input <paramref name="index"/> of a run seeded with <paramref name="seed"/>, runs it and keeps it if it breaks the rule.</summary>
    private static (int Code, string? Problem, TimeSpan Elapsed) RunInput(int seed, int index)
    {
        var k = index % Seeds.Length;
        var (text, description) = MutationFuzzer.Mutate(Original(k), seed, index);
        var folder = Directory.CreateTempSubdirectory("statecraft-fuzz-").FullName;
        try
        {
            var file = Path.Combine(folder, "input" + Path.GetExtension(Seeds[k]));
            File.WriteAllText(file, text);
            var (code, problem, elapsed) = Check(file);
            return (code, problem is null ? null : $"input {index} (seed {seed}, {Seeds[k]}: {description}): {problem} — kept as {Keep(text, seed, index, Seeds[k])}", elapsed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Original(int k) => Originals[k] ??= File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", Seeds[k]));

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
        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        int code;
        try
        {
            code = CliApp.Run(["forecast", file, "--format", "json"], stdout, stderr);
        }
#pragma warning disable CA1031 // the rule is that nothing escapes; report whatever does
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (-1, $"{ex.GetType().Name} escaped: {ex.Message}", Cpu());
        }

        var elapsed = Cpu();
        var output = stdout.Output + stderr.Output;
        var problem = code is not (0 or 2) ? $"exit code {code}: {First(stderr.Output)}"
            : StackFrame().IsMatch(output) ? "a stack trace was printed"
            : code == 2 && stderr.Output.Trim().Length == 0 ? "exit code 2 with nothing on standard error"
            : code == 0 && stderr.Output.Contains("error", StringComparison.OrdinalIgnoreCase) ? "exit code 0 with an error on standard error"
            : elapsed > MaxTime ? $"took {elapsed.TotalSeconds:F1} s of processor time (limit {MaxTime.TotalSeconds} s)"
            : Environment.WorkingSet > MaxWorkingSet ? $"working set {Environment.WorkingSet / (1 << 20)} MB (limit {MaxWorkingSet / (1 << 20)} MB)"
            : code == 0 && NonFinite(stdout.Output) is { } where ? $"a forecast with NaN or Infinity (written as null at {where})"
            : null;
        return (code, problem, elapsed);

        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime - start;
        }
    }

    /// <summary>The path of the first number the JSON writer wrote as <c>null</c> (it writes NaN and infinities so), if any;
    /// only <c>seed</c> (a run without randomness) and an event's <c>partner</c> (a string) may be null.</summary>
    private static string? NonFinite(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Find(document.RootElement, "$");

        static string? Find(JsonElement e, string path) => e.ValueKind switch
        {
            JsonValueKind.Null => path.EndsWith(".seed", StringComparison.Ordinal) || path.EndsWith(".partner", StringComparison.Ordinal) ? null : path,
            JsonValueKind.Object => e.EnumerateObject().Select(p => Find(p.Value, path + "." + p.Name)).FirstOrDefault(p => p is not null),
            JsonValueKind.Array => e.EnumerateArray().Select((v, k) => Find(v, string.Create(CultureInfo.InvariantCulture, $"{path}[{k}]"))).FirstOrDefault(p => p is not null),
            _ => null,
        };
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
