using System.Collections.Immutable;
using Statecraft.Model.Scenarios;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios;

/// <summary>The scenarios shipped inside Statecraft, in the native YAML format, loadable by name from any folder.</summary>
/// <remarks>
/// The files live in <c>src/Statecraft.Scenarios/Bundled/</c> and are embedded as resources. Each is validated like
/// a user's file when loaded. Stateless and thread-safe.
/// </remarks>
public static class BundledScenarios
{
    private const string Prefix = "Statecraft.Scenarios.Bundled.";
    private const string Extension = ".yaml";

    /// <summary>Gets the names of the bundled scenarios, sorted.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        .. typeof(BundledScenarios).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Returns the YAML text of a bundled scenario.</summary>
    /// <param name="name">The scenario's name, e.g. <c>middle-east-2025</c>.</param>
    /// <returns>The text, or <see langword="null"/> when no scenario has that name.</returns>
    public static string? GetText(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var stream = typeof(BundledScenarios).Assembly.GetManifestResourceStream(Prefix + name + Extension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads a bundled scenario by name.</summary>
    /// <param name="name">The scenario's name (exact).</param>
    /// <param name="scenario">The scenario, when found.</param>
    /// <returns><see langword="true"/> when a bundled scenario has that name.</returns>
    /// <exception cref="ScenarioValidationException">The bundled file is invalid (a packaging bug).</exception>
    public static bool TryLoad(string name, out Scenario? scenario)
    {
        var text = GetText(name);
        if (text is null)
        {
            scenario = null;
            return false;
        }

        var result = ScenarioFormats.Find("yaml")!.Read(text, name + Extension, ScenarioReadOptions.Default);
        scenario = result.IsValid ? result.Scenario : throw new ScenarioValidationException(result.Diagnostics);
        return true;
    }

    /// <summary>Loads a bundled scenario by name.</summary>
    /// <param name="name">The scenario's name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentException">No bundled scenario has that name.</exception>
    public static Scenario Load(string name) =>
        TryLoad(name, out var s) ? s! : throw new ArgumentException($"No bundled scenario is named '{name}'. Bundled: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Returns a one-line description of a bundled scenario: the first line of its description, else its title.</summary>
    /// <param name="name">The scenario's name.</param>
    /// <returns>The description.</returns>
    public static string Describe(string name)
    {
        var scenario = Load(name);
        var first = scenario.Metadata.Description?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrWhiteSpace(first) ? scenario.Metadata.Title : $"{scenario.Metadata.Title}. {first}";
    }
}
