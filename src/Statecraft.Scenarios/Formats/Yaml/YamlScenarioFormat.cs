using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>The native Statecraft scenario format: YAML, <c>statecraft: 1</c>.</summary>
/// <remarks>
/// Field reference: <c>docs/formats/yaml.md</c>. Every diagnostic carries the line and column of the offending YAML
/// node. Stateless and thread-safe.
/// </remarks>
public sealed class YamlScenarioFormat : IScenarioFormat
{
    /// <inheritdoc/>
    public string Name => "yaml";

    /// <inheritdoc/>
    public string Description => "Statecraft native scenario (YAML, `statecraft: 1`; docs/formats/yaml.md)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <inheritdoc/>
    public bool CanRead(string fileName, ReadOnlySpan<char> head)
    {
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (line.StartsWith("statecraft:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var bag = new DiagnosticBag(fileName, text);
        var root = YamlTreeParser.Parse(text, bag);
        if (root is null)
        {
            if (!bag.HasErrors)
            {
                bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.EmptyFile, "the file is empty.",
                    hint: "A scenario starts with `statecraft: 1` and a title; see docs/formats/yaml.md."), new(1, 1));
            }

            return new ScenarioReadResult(null, bag.ToSortedArray());
        }

        var dto = new YamlScenarioReader(bag).Read(root);
        var scenario = dto is null ? null : new ScenarioValidator(bag).Validate(dto);
        return new ScenarioReadResult(bag.HasErrors ? null : scenario, bag.ToSortedArray());
    }
}
