using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>The <c>issues:</c> section.</summary>
internal sealed partial class YamlScenarioReader
{
    internal static readonly string[] IssueKeys =
    [
        "id", "name", "description", "scale", "referencePoint", "referencePointRationale", "outcome", "group", "flags", "conflict",
    ];

    internal static readonly string[] ScaleKeys = ["min", "max", "labels"];

    internal static readonly string[] ConflictKeys = ["involved", "costPerRound", "costRationale", "settlementPoint", "costs"];

    private void ReadIssues(ScenarioDto dto, YamlNode node)
    {
        if (Sequence(node, "issues") is not { } seq)
        {
            return;
        }

        for (var k = 0; k < seq.Items.Count; k++)
        {
            var path = $"issues[{k}]";
            if (Mapping(seq.Items[k], path) is not { } map)
            {
                continue;
            }

            var issue = new IssueDto(path, map.At);
            ForEachKey(map, path, IssueKeys, (key, value) => ReadIssueKey(issue, key, value));
            dto.Issues.Add(issue);
        }
    }

    private void ReadIssueKey(IssueDto issue, string key, YamlNode value)
    {
        var path = $"{issue.Path}.{key}";
        switch (key)
        {
            case "id": issue.Id = Text(value, path); break;
            case "name": issue.Name = Text(value, path); break;
            case "description": issue.Description = Text(value, path); break;
            case "group": issue.Group = Text(value, path); break;
            case "referencePoint": issue.ReferencePoint = Number(value, path); break;
            case "referencePointRationale": issue.ReferencePointRationale = Text(value, path); break;
            case "outcome": issue.Outcome = Number(value, path); break;
            case "flags": issue.Flags.AddRange(TextList(value, path)); break;
            case "scale": ReadScale(issue, value, path); break;
            case "conflict": ReadConflict(issue, value, path); break;
        }
    }

    private void ReadScale(IssueDto issue, YamlNode node, string path)
    {
        if (Mapping(node, path) is not { } map)
        {
            return;
        }

        issue.ScaleAt = map.At;
        ForEachKey(map, path, ScaleKeys, (key, value) =>
        {
            switch (key)
            {
                case "min": issue.Min = Number(value, $"{path}.min"); break;
                case "max": issue.Max = Number(value, $"{path}.max"); break;
                case "labels":
                    if (Mapping(value, $"{path}.labels") is { } labels)
                    {
                        ForEachKey(labels, $"{path}.labels", null, (_, _) => { });
                        foreach (var (k, v) in labels.Entries)
                        {
                            if (k is YamlScalar ks && Number(ks, $"{path}.labels.{ks.Value}") is { } at
                                && Text(v, $"{path}.labels.{ks.Value}") is { } label)
                            {
                                issue.Labels.Add((at, label));
                            }
                        }
                    }

                    break;
            }
        });
    }

    private void ReadConflict(IssueDto issue, YamlNode node, string path)
    {
        if (Mapping(node, path) is not { } map)
        {
            return;
        }

        var conflict = new ConflictDto(path, map.At);
        ForEachKey(map, path, ConflictKeys, (key, value) =>
        {
            switch (key)
            {
                case "involved": conflict.Involved.AddRange(TextList(value, $"{path}.involved")); break;
                case "costPerRound": conflict.CostPerRound = Number(value, $"{path}.costPerRound"); break;
                case "costRationale": conflict.CostRationale = Text(value, $"{path}.costRationale"); break;
                case "settlementPoint": conflict.SettlementPoint = Number(value, $"{path}.settlementPoint"); break;
                case "costs":
                    if (Mapping(value, $"{path}.costs") is { } costs)
                    {
                        ForEachKey(costs, $"{path}.costs", null, (actor, cost) =>
                        {
                            if (Number(cost, $"{path}.costs.{actor}") is { } c)
                            {
                                conflict.Costs.Add((new TextValue(actor, cost.At), c));
                            }
                        });
                    }

                    break;
            }
        });
        issue.Conflict = conflict;
    }
}
