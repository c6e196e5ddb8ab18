using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>The <c>actors:</c> section.</summary>
internal sealed partial class YamlScenarioReader
{
    internal static readonly string[] ActorKeys = ["id", "name", "description", "group", "capability", "capabilityRationale", "stances"];

    internal static readonly string[] StanceKeys =
    [
        "position", "salience", "capability", "why", "positionRationale", "salienceRationale", "capabilityRationale",
    ];

    private void ReadActors(ScenarioDto dto, YamlNode node)
    {
        if (Sequence(node, "actors") is not { } seq)
        {
            return;
        }

        for (var k = 0; k < seq.Items.Count; k++)
        {
            var path = $"actors[{k}]";
            if (Mapping(seq.Items[k], path) is not { } map)
            {
                continue;
            }

            var actor = new ActorDto(path, map.At);
            ForEachKey(map, path, ActorKeys, (key, value) => ReadActorKey(actor, key, value));
            dto.Actors.Add(actor);
        }
    }

    private void ReadActorKey(ActorDto actor, string key, YamlNode value)
    {
        var path = $"{actor.Path}.{key}";
        switch (key)
        {
            case "id": actor.Id = Text(value, path); break;
            case "name": actor.Name = Text(value, path); break;
            case "description": actor.Description = Text(value, path); break;
            case "group": actor.Group = Text(value, path); break;
            case "capability": actor.Capability = Number(value, path); break;
            case "capabilityRationale": actor.CapabilityRationale = Text(value, path); break;
            case "stances": ReadStances(actor, value, path); break;
        }
    }

    private void ReadStances(ActorDto actor, YamlNode node, string path)
    {
        if (Mapping(node, path) is not { } map)
        {
            return;
        }

        ForEachKey(map, path, null, (issueId, value) =>
        {
            var stancePath = $"{path}.{issueId}";
            if (Mapping(value, stancePath) is not { } stanceMap)
            {
                return;
            }

            var keyNode = map.Entries.First(e => e.Key is YamlScalar s && s.Value == issueId).Key;
            var stance = new StanceDto(stancePath, stanceMap.At, new TextValue(issueId, keyNode.At));
            ForEachKey(stanceMap, stancePath, StanceKeys, (key, v) =>
            {
                var p = $"{stancePath}.{key}";
                switch (key)
                {
                    case "position": stance.Position = Number(v, p); break;
                    case "salience": stance.Salience = Number(v, p); break;
                    case "capability": stance.Capability = Number(v, p); break;
                    case "why": stance.Why = Text(v, p); break;
                    case "positionRationale": stance.PositionRationale = Text(v, p); break;
                    case "salienceRationale": stance.SalienceRationale = Text(v, p); break;
                    case "capabilityRationale": stance.CapabilityRationale = Text(v, p); break;
                }
            });
            actor.Stances.Add(stance);
        });
    }
}
