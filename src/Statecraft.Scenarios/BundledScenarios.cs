using System.Collections.Immutable;
using System.Reflection;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Yaml;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios;

/// <summary>The scenarios shipped inside the library as native YAML resources (<c>Bundled/*.yaml</c>), by name.</summary>
/// <remarks>
/// <para>A scenario's name is its file name without <c>.yaml</c> (e.g. <c>eu-emission-1994</c>). Its one-line
/// description is the first comment line of the file (without a leading "name:"), or else its title. Adding a
/// scenario takes one file in <c>src/Statecraft.Scenarios/Bundled/</c>; the project embeds every <c>*.yaml</c> there.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class BundledScenarios
{
    private const string Prefix = "Statecraft.Scenarios.Bundled.";
    private const string Suffix = ".yaml";

    private static readonly Assembly Assembly = typeof(BundledScenarios).Assembly;

    /// <summary>Gets the names of the bundled scenarios, sorted.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        .. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Returns whether a bundled scenario has this name (case-sensitive).</summary>
    /// <param name="name">The name, e.g. <c>ktab-soe-pol-comp</c>.</param>
    /// <returns><see langword="true"/> if it exists.</returns>
    public static bool Contains(string name) => Names.Contains(name);

    /// <summary>Returns the YAML text of a bundled scenario.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">No bundled scenario has that name (the message suggests the nearest).</exception>
    public static string GetText(string name)
    {
        if (!Contains(name))
        {
            throw new ArgumentException(UnknownMessage(name), nameof(name));
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + name + Suffix)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Returns the one-line description of a bundled scenario.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The first comment line of the file, or the scenario's title.</returns>
    /// <exception cref="ArgumentException">No bundled scenario has that name.</exception>
    public static string Describe(string name)
    {
        var text = GetText(name);
        var first = text.Split('\n', 2)[0].TrimEnd('\r').TrimStart('#').Trim();
        if (first.StartsWith(name + ":", StringComparison.Ordinal))
        {
            first = first[(name.Length + 1)..].Trim();
        }

        if (text.StartsWith('#') && first.Length > 0)
        {
            return char.ToUpperInvariant(first[0]) + first[1..];
        }

        return TryLoad(name, out var scenario, out _) ? scenario!.Metadata.Title : name;
    }

    /// <summary>Loads a bundled scenario if one has this name.</summary>
    /// <param name="name">The name (exact).</param>
    /// <param name="scenario">The scenario, when found.</param>
    /// <returns><see langword="true"/> when a bundled scenario has that name.</returns>
    /// <exception cref="ScenarioValidationException">The bundled file is invalid (a packaging bug).</exception>
    public static bool TryLoad(string name, out Scenario? scenario)
    {
        ArgumentNullException.ThrowIfNull(name);
        scenario = Contains(name) ? Load(name) : null;
        return scenario is not null;
    }

    /// <summary>Tries to load a bundled scenario.</summary>
    /// <param name="name">The name.</param>
    /// <param name="scenario">The scenario, when it loads.</param>
    /// <param name="diagnostics">Every diagnostic (an unknown name gives one, suggesting the nearest).</param>
    /// <returns><see langword="true"/> when the scenario loaded without errors.</returns>
    public static bool TryLoad(string name, out Scenario? scenario, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(name);
        scenario = null;
        if (!Contains(name))
        {
            diagnostics = [DiagnosticCatalog.Error(DiagnosticCatalog.FileNotFound, UnknownMessage(name), "scenario", name, string.Join(", ", Names))];
            return false;
        }

        var result = new YamlScenarioFormat().Read(GetText(name), name + Suffix, ScenarioReadOptions.Default);
        scenario = result.IsValid ? result.Scenario : null;
        diagnostics = result.Diagnostics;
        return result.IsValid;
    }

    /// <summary>Loads a bundled scenario.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioValidationException">The name is unknown or the scenario has errors.</exception>
    public static Scenario Load(string name) =>
        TryLoad(name, out var scenario, out var diagnostics) ? scenario! : throw new ScenarioValidationException(diagnostics);

    private static string UnknownMessage(string name)
    {
        var near = NearestName.Find(name, Names);
        return $"there is no bundled scenario '{name}'; the bundled ones are {string.Join(", ", Names)}." + (near is null ? string.Empty : $" Did you mean '{near}'?");
    }
}
