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
}
