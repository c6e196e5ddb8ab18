using Statecraft.Runs;
using Statecraft.Scenarios;

namespace Statecraft.Cli.Infrastructure;

/// <summary>The option checks several commands share, each returning its error message or <see langword="null"/>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OptionChecks
{
    /// <summary>Checks <c>--format</c> against the formats a command writes (case-insensitive).</summary>
    public static string? Format(string format, params string[] allowed) =>
        allowed.Contains(format.ToLowerInvariant(), StringComparer.Ordinal)
            ? null
            : $"--format {format} is not supported; use {string.Join(", ", allowed[..^1])}{(allowed.Length > 1 ? " or " : string.Empty)}{allowed[^1]}.";

    /// <summary>Checks that every <c>--set</c> value has the form NAME=VALUE; <paramref name="example"/> (NAME=VALUE) is quoted in the message.</summary>
    public static string? SetPairs(IEnumerable<string> pairs, string? example = null)
    {
        foreach (var pair in pairs)
        {
            if (!pair.Contains('=', StringComparison.Ordinal) || pair.StartsWith('='))
            {
                return example is null ? $"--set {pair}: expected NAME=VALUE." : $"--set {pair}: expected NAME=VALUE, e.g. --set {example}.";
            }
        }

        return null;
    }

    /// <summary>Checks that a <c>--chart</c> file, if any, ends in .svg or .png.</summary>
    public static string? Chart(string? chart) =>
        chart is null || Path.GetExtension(chart).ToLowerInvariant() is ".svg" or ".png"
            ? null
            : $"--chart {chart}: the extension '{Path.GetExtension(chart)}' is not supported; use .svg or .png.";

    /// <summary>Refuses two options that contradict each other when both were given.</summary>
    public static string? Conflict(bool first, string firstName, bool second, string secondName) =>
        first && second ? $"{firstName} and {secondName} contradict each other; use one of them." : null;

    /// <summary>Refuses an option that would be ignored because the option it works with was not given.</summary>
    public static string? Requires(bool used, string name, bool present, string required) =>
        used && !present ? $"{name} applies only with {required}; without it, it would be ignored." : null;

    /// <summary>Checks, before any work starts, that the output files named by options (<c>--out</c>, <c>--chart</c>, …) can be
    /// written: not a folder, in an existing and writable folder, not write-protected (see <see cref="WritablePath"/>).</summary>
    /// <param name="outputs">Each option's name as the user typed it and its value (<see langword="null"/> when not given).</param>
    public static string? OutputFiles(params (string Option, string? Path)[] outputs)
    {
        foreach (var (option, path) in outputs)
        {
            if (path is not null && WritablePath.FileProblem(path) is { } problem)
            {
                return $"{option} {path}: {problem}.";
            }
        }

        return null;
    }

    /// <summary>Checks, before any work starts, that an output folder (created when missing) can be written.</summary>
    public static string? OutputFolder(string option, string? path) =>
        path is not null && WritablePath.FolderProblem(path, create: true) is { } problem ? $"{option} {path}: {problem}." : null;

    /// <summary>Checks, before any work starts, that the run store can be written when a run is to be saved in it.</summary>
    /// <param name="saves">Whether the command will save a run (not <c>--no-store</c>, not a shard).</param>
    /// <param name="store">The <c>--store</c> value, or <see langword="null"/> for the default store.</param>
    public static string? Store(bool saves, string? store) => saves ? RunStores.WriteProblem(store) : null;

    /// <summary>Refuses an option that the mode chosen by another option would ignore, saying why.</summary>
    public static string? Inapplicable(bool used, string name, bool mode, string modeName, string why) =>
        used && mode ? $"{name} does not apply with {modeName}: {why}." : null;
}
