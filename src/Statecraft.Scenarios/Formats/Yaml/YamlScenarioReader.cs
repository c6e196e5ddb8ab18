using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>Turns a YAML node tree into a <see cref="ScenarioDto"/>, reporting structural problems (missing keys, wrong
/// types, unknown keys with the nearest known one, duplicate keys) at the line and column of the offending node.</summary>
/// <remarks>
/// Range and cross-reference checks are left to <see cref="ScenarioValidator"/>, which every format shares.
/// A new top-level section is added as one entry in <see cref="TopLevelKeys"/> and one case in
/// <see cref="ReadTopLevel"/>, with its reader in its own partial file (<c>YamlScenarioReader.&lt;Section&gt;.cs</c>).
/// Not thread-safe: one instance per read.
/// </remarks>
internal sealed partial class YamlScenarioReader(DiagnosticBag bag)
{
    internal static readonly string[] TopLevelKeys =
    [
        "statecraft", "id", "title", "description", "asOf", "salienceScale", "sources", "assumptions", "seed", "models", "issues", "actors", "arena", "uncertainty",
    ];

    public ScenarioDto? Read(YamlNode root)
    {
        if (root is not YamlMapping map)
        {
            bag.Add(DiagnosticCatalog.Kind("the document", root.KindName, "a mapping with statecraft, title, issues and actors"), root.At);
            return null;
        }

        var dto = new ScenarioDto { At = map.At };
        var seen = ForEachKey(map, string.Empty, TopLevelKeys, (key, value) => ReadTopLevel(dto, key, value));
        if (!seen.Contains("statecraft"))
        {
            bag.Add(DiagnosticCatalog.Missing("statecraft") with { Hint = "Start the file with `statecraft: 1` (the format version)." }, map.At);
        }

        return dto;
    }

    private void ReadTopLevel(ScenarioDto dto, string key, YamlNode value)
    {
        switch (key)
        {
            case "statecraft":
                if (Text(value, key) is { } version && version.Text.Trim() != "1")
                {
                    bag.Add(DiagnosticCatalog.Version(version.Text), version.At);
                }

                break;
            case "id": dto.Id = Text(value, key); break;
            case "title": dto.Title = Text(value, key); break;
            case "description": dto.Description = Text(value, key); break;
            case "asOf": dto.AsOf = Date(value, key); break;
            case "salienceScale": dto.SalienceScale = SalienceScale(value, key); break;
            case "sources": dto.Sources.AddRange(TextList(value, key)); break;
            case "assumptions": dto.Assumptions.AddRange(TextList(value, key)); break;
            case "seed": dto.Seed = Seed(value, key); break;
            case "models": ReadModels(dto, value); break;
            case "issues": ReadIssues(dto, value); break;
            case "actors": ReadActors(dto, value); break;
            case "arena": ReadArena(dto, value); break;
            case "uncertainty": ReadUncertainty(dto, value); break;
        }
    }

    private void ReadModels(ScenarioDto dto, YamlNode node)
    {
        if (Mapping(node, "models") is not { } map)
        {
            return;
        }

        ForEachKey(map, "models", null, (modelName, modelNode) =>
        {
            var path = $"models.{modelName}";
            if (Mapping(modelNode, path) is not { } options)
            {
                return;
            }

            var model = new ModelDto(new TextValue(modelName, modelNode.At));
            ForEachKey(options, path, null, (option, valueNode) =>
            {
                if (valueNode is YamlScalar s)
                {
                    model.Options.Add((new TextValue(option, valueNode.At), new TextValue(s.Value, s.At)));
                }
                else
                {
                    bag.Add(DiagnosticCatalog.Setting($"{path}.{option}", valueNode.KindName), valueNode.At);
                }
            });
            dto.Models.Add(model);
        });
    }

    /// <summary>Visits each entry of a mapping once, reporting non-scalar keys, duplicates and (when
    /// <paramref name="known"/> is given) unknown keys with a suggestion; returns the keys seen.</summary>
    private HashSet<string> ForEachKey(YamlMapping map, string path, IReadOnlyList<string>? known, Action<string, YamlNode> visit)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not YamlScalar { } key)
            {
                bag.Add(DiagnosticCatalog.Kind(Join(path, "<key>"), keyNode.KindName, "a name"), keyNode.At);
                continue;
            }

            var field = Join(path, key.Value);
            if (!seen.TryAdd(key.Value, key.At.Line))
            {
                bag.Add(DiagnosticCatalog.Duplicate(field, seen[key.Value]), key.At);
                continue;
            }

            if (known is not null && !known.Contains(key.Value, StringComparer.Ordinal))
            {
                bag.Add(DiagnosticCatalog.Unknown(field, key.Value, NearestName.Find(key.Value, known), known), key.At);
                continue;
            }

            visit(key.Value, value);
        }

        return [.. seen.Keys];
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private YamlMapping? Mapping(YamlNode node, string path)
    {
        if (node is YamlMapping map)
        {
            return map;
        }

        if (node is YamlScalar { IsNull: true })
        {
            return new YamlMapping([], node.At);
        }

        bag.Add(DiagnosticCatalog.Kind(path, node.KindName, "a mapping (key: value lines)"), node.At);
        return null;
    }

    private YamlSequence? Sequence(YamlNode node, string path)
    {
        if (node is YamlSequence seq)
        {
            return seq;
        }

        if (node is YamlScalar { IsNull: true })
        {
            return new YamlSequence([], node.At);
        }

        bag.Add(DiagnosticCatalog.Kind(path, node.KindName, "a list (lines starting with '- ' or [a, b])"), node.At);
        return null;
    }

    private TextValue? Text(YamlNode node, string path)
    {
        if (node is YamlScalar s)
        {
            return s.IsNull ? null : new TextValue(s.Value, s.At);
        }

        bag.Add(DiagnosticCatalog.Kind(path, node.KindName, "a single value"), node.At);
        return null;
    }

    private List<TextValue> TextList(YamlNode node, string path)
    {
        var list = new List<TextValue>();
        if (Sequence(node, path) is { } seq)
        {
            for (var k = 0; k < seq.Items.Count; k++)
            {
                if (Text(seq.Items[k], $"{path}[{k}]") is { } t)
                {
                    list.Add(t);
                }
            }
        }

        return list;
    }

    private NumberValue? Number(YamlNode node, string path)
    {
        if (Text(node, path) is not { } t)
        {
            return null;
        }

        if (NumberText.TryParse(t.Text, out var v))
        {
            return new NumberValue(v, t.Text.Trim(), t.At);
        }

        bag.Add(DiagnosticCatalog.Type(path, Quote(t.Text), "a number"), t.At);
        return null;
    }

    private DateOnly? Date(YamlNode node, string path)
    {
        if (Text(node, path) is not { } t)
        {
            return null;
        }

        if (DateOnly.TryParseExact(t.Text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        bag.Add(DiagnosticCatalog.Type(path, Quote(t.Text), "an ISO date (yyyy-mm-dd)") with { Hint = "Example: asOf: 2025-10-15" }, t.At);
        return null;
    }

    private ulong? Seed(YamlNode node, string path)
    {
        if (Text(node, path) is not { } t)
        {
            return null;
        }

        if (ulong.TryParse(t.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        bag.Add(DiagnosticCatalog.Type(path, Quote(t.Text), "an unsigned 64-bit integer") with { Allowed = "[0, 18446744073709551615]" }, t.At);
        return null;
    }

    private SalienceScaleKind SalienceScale(YamlNode node, string path)
    {
        if (Text(node, path) is not { } t)
        {
            return SalienceScaleKind.Unit;
        }

        switch (t.Text.Trim())
        {
            case "unit": return SalienceScaleKind.Unit;
            case "percent": return SalienceScaleKind.Percent;
            default:
                bag.Add(DiagnosticCatalog.Word(path, Quote(t.Text), ["unit", "percent"]) with
                {
                    Hint = "unit: saliences are shares in [0, 1]; percent: saliences are on 0–100 and divided by 100.",
                }, t.At);
                return SalienceScaleKind.Unit;
        }
    }

    private static string Quote(string text) => NumberText.TryParse(text, out _) ? text.Trim() : $"'{text}'";
}
