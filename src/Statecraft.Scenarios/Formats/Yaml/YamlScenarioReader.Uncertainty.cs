using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>Reads the <c>uncertainty:</c> section: the default noise levels, their <c>why</c>, and a list of per-actor, per-issue and per-stance <c>overrides</c>.</summary>
internal sealed partial class YamlScenarioReader
{
    internal static readonly string[] UncertaintyKeys = ["positionShare", "salienceSigma", "capabilitySigma", "why", "overrides"];

    internal static readonly string[] UncertaintyOverrideKeys = ["actor", "issue", "positionShare", "salienceSigma", "capabilitySigma", "why"];

    private void ReadUncertainty(ScenarioDto dto, YamlNode node)
    {
        if (Mapping(node, "uncertainty") is not { } map)
        {
            return;
        }

        var u = new UncertaintyDto(map.At);
        ForEachKey(map, "uncertainty", UncertaintyKeys, (key, value) =>
        {
            var path = $"uncertainty.{key}";
            switch (key)
            {
                case "positionShare": u.PositionShare = Number(value, path); break;
                case "salienceSigma": u.SalienceSigma = Number(value, path); break;
                case "capabilitySigma": u.CapabilitySigma = Number(value, path); break;
                case "why": u.Why = Text(value, path); break;
                case "overrides": ReadUncertaintyOverrides(u, value); break;
            }
        });
        dto.Uncertainty = u;
    }

    private void ReadUncertaintyOverrides(UncertaintyDto u, YamlNode node)
    {
        if (Sequence(node, "uncertainty.overrides") is not { } seq)
        {
            return;
        }

        for (var k = 0; k < seq.Items.Count; k++)
        {
            var path = $"uncertainty.overrides[{k}]";
            if (Mapping(seq.Items[k], path) is not { } map)
            {
                continue;
            }

            var o = new UncertaintyOverrideDto(path, map.At);
            ForEachKey(map, path, UncertaintyOverrideKeys, (key, value) =>
            {
                var field = $"{path}.{key}";
                switch (key)
                {
                    case "actor": o.Actor = Text(value, field); break;
                    case "issue": o.Issue = Text(value, field); break;
                    case "positionShare": o.PositionShare = Number(value, field); break;
                    case "salienceSigma": o.SalienceSigma = Number(value, field); break;
                    case "capabilitySigma": o.CapabilitySigma = Number(value, field); break;
                    case "why": o.Why = Text(value, field); break;
                }
            });
            u.Overrides.Add(o);
        }
    }
}
