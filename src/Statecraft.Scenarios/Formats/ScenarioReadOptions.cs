using System.Collections.Immutable;

namespace Statecraft.Scenarios.Formats;

/// <summary>Options for a reader, as named text values, plus the text of companion files the loader has read.</summary>
/// <remarks>
/// Keys are case-insensitive. Known keys: <c>capability</c> (DEU: <c>equal</c>, <c>votes</c>, <c>shapley</c>, …) and
/// <c>weights</c> (the name of a companion file in <see cref="Companions"/>). Immutable and thread-safe.
/// </remarks>
public sealed record ScenarioReadOptions
{
    /// <summary>Gets no options.</summary>
    public static ScenarioReadOptions Default { get; } = new();

    /// <summary>Gets the named option values.</summary>
    public ImmutableDictionary<string, string> Values { get; init; } =
        ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets companion file texts by the name the option gave (e.g. the weights table).</summary>
    public ImmutableDictionary<string, string> Companions { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the format name to read with (e.g. <c>yaml</c>, <c>ktab-csv</c>), or <see langword="null"/> to detect it.</summary>
    /// <remarks>Set from the command line's <c>--format</c>; see <c>ScenarioFormats</c> for the names.</remarks>
    public string? Format { get; init; }

    /// <summary>Gets the largest file, in bytes, that the loader reads; larger files are refused unread.</summary>
    /// <remarks>Default 64 MiB. Range: ≥ 1.</remarks>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Returns an option value, or <paramref name="defaultValue"/>.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <returns>The value.</returns>
    public string Get(string name, string defaultValue) => Values.TryGetValue(name, out var v) ? v : defaultValue;
}
