using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>Reads the <c>arena:</c> section: <c>regime</c>, <c>seed</c>, <c>unrest</c> and <c>coupling</c> option maps and their <c>why</c> rationales.</summary>
internal sealed partial class YamlScenarioReader
{
    internal static readonly string[] ArenaKeys = ["regime", "seed", "unrest", "coupling", "why"];

    private void ReadArena(ScenarioDto dto, YamlNode node)
    {
        if (Mapping(node, "arena") is not { } map)
        {
            return;
        }

        var arena = new ArenaDto(map.At);
        var seen = ForEachKey(map, "arena", ArenaKeys, (key, value) =>
        {
            switch (key)
            {
                case "regime": arena.Regime = Text(value, "arena.regime"); break;
                case "seed": arena.Seed = Seed(value, "arena.seed"); break;
                case "unrest": ReadScalarMap(value, "arena.unrest", arena.Unrest); break;
                case "coupling": ReadScalarMap(value, "arena.coupling", arena.Coupling); break;
                case "why": ReadScalarMap(value, "arena.why", arena.Why); break;
            }
        });
        if (!seen.Contains("regime"))
        {
            bag.Add(DiagnosticCatalog.Missing("arena.regime") with { Hint = "Name the actor whose hold on power the arena models, e.g. `regime: IRI`." }, map.At);
        }

        dto.Arena = arena;
    }

    private void ReadScalarMap(YamlNode node, string path, List<(TextValue Key, TextValue Value)> into)
    {
        if (Mapping(node, path) is not { } map)
        {
            return;
        }

        ForEachKey(map, path, null, (key, value) =>
        {
            if (value is YamlScalar s)
            {
                into.Add((new TextValue(key, value.At), new TextValue(s.Value, s.At)));
            }
            else
            {
                bag.Add(DiagnosticCatalog.Setting($"{path}.{key}", value.KindName), value.At);
            }
        });
    }
}
