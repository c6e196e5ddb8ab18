using System.Text.Json;
using Statecraft.Model.Domain;

namespace Statecraft.Reports;

/// <summary>
/// The members every JSON output opens with, written one way: the scenario as it was asked for (and its title), the
/// model (and the settings it used), the seed, and the manifest that reproduces the run. Each writer calls these in the
/// order of its documented shape.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class JsonHeader
{
    /// <summary>Writes <c>"scenario"</c> and, when given, <c>"title"</c>.</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="scenario">The scenario as the run names it (a bundled name or a file path), or <see langword="null"/>
    /// for a run that read no scenario (an unrest preset, Model II), written as <c>null</c>.</param>
    /// <param name="title">The scenario's title, or <see langword="null"/> to leave the member out.</param>
    public static void WriteScenario(Utf8JsonWriter w, string? scenario, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteString("scenario", scenario);
        if (title is not null)
        {
            w.WriteString("title", title);
        }
    }

    /// <summary>Writes <c>"model"</c> and, when given, the <c>"settings"</c> it ran with (names in case-insensitive order).</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="model">The model's name.</param>
    /// <param name="settings">The settings, or <see langword="null"/> to leave the member out.</param>
    public static void WriteModel(Utf8JsonWriter w, string model, ModelSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteString("model", model);
        if (settings is not null)
        {
            WriteOptions(w, "settings", settings);
        }
    }

    /// <summary>Writes <c>"parameters"</c>: the options of an unrest run as given (names in case-insensitive order).</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="parameters">The options as given (kebab-case names).</param>
    public static void WriteParameters(Utf8JsonWriter w, ModelSettings parameters)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(parameters);
        WriteOptions(w, "parameters", parameters);
    }

    /// <summary>Writes <c>"seed"</c>, or <c>null</c> for a run that drew no random numbers.</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="seed">The seed, or <see langword="null"/>.</param>
    public static void WriteSeed(Utf8JsonWriter w, ulong? seed)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (seed is { } s)
        {
            w.WriteNumber("seed", s);
        }
        else
        {
            w.WriteNull("seed");
        }
    }

    /// <summary>Writes <c>"manifest": {"toolVersion", "scenarioHash"}</c>.</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="manifest">How to reproduce the run.</param>
    public static void WriteManifest(Utf8JsonWriter w, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(manifest);
        w.WriteStartObject("manifest");
        w.WriteString("toolVersion", manifest.ToolVersion);
        w.WriteString("scenarioHash", manifest.ScenarioHash);
        w.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter w, string name, ModelSettings options)
    {
        w.WriteStartObject(name);
        foreach (var kv in options.Values.OrderBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase))
        {
            w.WriteString(kv.Key, kv.Value);
        }

        w.WriteEndObject();
    }
}
