using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Statecraft.Model.Domain;

namespace Statecraft.Storage;

/// <summary>The canonical text of a scenario, its SHA-256 content hash, and the way back from the text to the scenario.</summary>
/// <remarks>
/// <para>The canonical text is compact JSON (UTF-8, no whitespace) with a fixed member order and every member present
/// (<c>null</c> when absent): <c>format</c>, <c>metadata</c>, <c>actors</c>, <c>issues</c>, <c>stances</c> (file order),
/// <c>modelSettings</c> (models and option names sorted by their lower-case ordinal form), <c>rationales</c> (keys sorted
/// ordinally), <c>seed</c>, <c>uncertainty</c> and <c>arena</c> (texts stored before the arena joined the form lack it and
/// read back without one). Numbers use the shortest text that reads back to the same double
/// (System.Text.Json's default), so two scenarios with equal content have byte-identical texts, and
/// <see cref="Read"/>(<see cref="Write"/>(s)) is content-equal to s.</para>
/// <para>The hash is the lower-case hex SHA-256 of the UTF-8 text (FIPS 180-4). It changes with any number, label,
/// rationale, setting, uncertainty override or arena option, and with the format version <see cref="FormatName"/>;
/// it does not change with the layout of the file the scenario was read from (comments, spacing, key order, flow or
/// block style, or the file format itself), because it is computed from the parsed scenario. It is the one scenario
/// hash of Statecraft: run manifests of every command and the run store use it.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ScenarioCanonicalForm
{
    /// <summary>The format name and version written into every canonical text.</summary>
    public const string FormatName = "statecraft-scenario/1";

    /// <summary>Writes the canonical text of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>Compact JSON.</returns>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            CanonicalWriter.WriteScenario(w, scenario);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Computes the content hash of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string Hash(Scenario scenario) => HashText(Write(scenario));

    /// <summary>Computes the hash of a canonical text.</summary>
    /// <param name="canonicalText">Text from <see cref="Write"/>.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string HashText(string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));
    }

    /// <summary>Reads a scenario back from its canonical text.</summary>
    /// <param name="canonicalText">Text from <see cref="Write"/>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="FormatException">The text is not a canonical scenario of this format version.</exception>
    public static Scenario Read(string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        try
        {
            using var doc = JsonDocument.Parse(canonicalText);
            return CanonicalReader.ReadScenario(doc.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not a canonical scenario text ({FormatName}): {ex.Message}", ex);
        }
    }

    internal static IEnumerable<KeyValuePair<string, T>> Sorted<T>(IEnumerable<KeyValuePair<string, T>> pairs, bool ignoreCase) =>
        pairs.OrderBy(kv => ignoreCase ? kv.Key.ToLowerInvariant() : kv.Key, StringComparer.Ordinal);

    internal static ImmutableArray<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
}
