using System.Text;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Formats.Yaml;

namespace Statecraft.Scenarios;

/// <summary>Writes a <see cref="Scenario"/> as native YAML (<c>statecraft: 1</c>) that reads back to a content-equal scenario.</summary>
/// <remarks>
/// <para>Everything is written: metadata, seed, model settings, issues (scale, labels, reference point, outcome,
/// group, flags, conflict), actors with their stances, capability overrides and rationales, the domestic arena and the
/// uncertainty section (every default written out, overrides in order). Numbers use the
/// shortest round-trip form; saliences are written as shares (<c>salienceScale</c> is left at <c>unit</c>).
/// Model settings are written in name order, so the output is deterministic. Text is written plain when that is
/// unambiguous, as a literal block when it spans lines, and double-quoted otherwise.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class NativeScenarioWriter
{
    /// <summary>Returns the scenario as native YAML text, with <c>\n</c> line ends.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="header">Optional comment lines put at the top (each is written after <c># </c>).</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <see langword="null"/>.</exception>
    public static string Write(Scenario scenario, IEnumerable<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var w = new StringBuilder();
        foreach (var line in header ?? [])
        {
            w.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }

        var m = scenario.Metadata;
        w.Append("statecraft: 1\n");
        Field(w, "", "id", m.Id);
        Field(w, "", "title", m.Title);
        Field(w, "", "description", m.Description);
        if (m.AsOf is { } asOf)
        {
            w.Append("asOf: ").Append(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        List(w, "", "sources", m.Sources);
        List(w, "", "assumptions", m.Assumptions);
        if (scenario.Seed is { } seed)
        {
            w.Append("seed: ").Append(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        if (!scenario.ModelSettings.IsEmpty)
        {
            w.Append("models:\n");
            foreach (var (model, settings) in scenario.ModelSettings.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.Append("  ").Append(YamlText.Scalar(model)).Append(":\n");
                foreach (var (key, value) in settings.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.Append("    ").Append(YamlText.Scalar(key)).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
                }
            }
        }

        w.Append("issues:\n");
        foreach (var issue in scenario.Issues)
        {
            WriteIssue(w, scenario, issue);
        }

        w.Append("actors:\n");
        foreach (var actor in scenario.Actors)
        {
            WriteActor(w, scenario, actor);
        }

        WriteArena(w, scenario);
        WriteUncertainty(w, scenario);
        return w.ToString();
    }

    /// <summary>Writes the scenario to a file atomically (see <see cref="AtomicFile"/>).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">The target file.</param>
    /// <param name="header">Optional comment lines for the top of the file.</param>
    /// <exception cref="IOException">The file could not be written; an existing file is left unchanged.</exception>
    public static void WriteFile(Scenario scenario, string path, IEnumerable<string>? header = null) =>
        AtomicFile.WriteAllText(path, Write(scenario, header));

    private static void WriteIssue(StringBuilder w, Scenario scenario, Issue issue)
    {
        const string I = "    ";
        w.Append("  - id: ").Append(YamlText.Scalar(issue.Id)).Append('\n');
        Field(w, I, "name", issue.Name);
        Field(w, I, "description", issue.Description);
        var scale = issue.Scale;
        if (scale.Min != 0 || scale.Max != 100 || !scale.Labels.IsEmpty)
        {
            w.Append(I).Append("scale:\n");
            w.Append(I).Append("  min: ").Append(NumberText.Format(scale.Min)).Append('\n');
            w.Append(I).Append("  max: ").Append(NumberText.Format(scale.Max)).Append('\n');
            if (!scale.Labels.IsEmpty)
            {
                w.Append(I).Append("  labels:\n");
                foreach (var label in scale.Labels)
                {
                    w.Append(I).Append("    ").Append(NumberText.Format(label.Value)).Append(": ").Append(YamlText.Scalar(label.Label)).Append('\n');
                }
            }
        }

        Number(w, I, "referencePoint", issue.ReferencePoint);
        if (scenario.Rationales.TryGetValue($"issues.{issue.Id}.referencePoint", out var why))
        {
            Field(w, I, "referencePointRationale", why);
        }

        Number(w, I, "outcome", issue.Outcome);
        Field(w, I, "group", issue.Group);
        if (!issue.Flags.IsEmpty)
        {
            w.Append(I).Append("flags: [").AppendJoin(", ", issue.Flags.Select(YamlText.Scalar)).Append("]\n");
        }

        if (issue.Conflict is { } c)
        {
            w.Append(I).Append("conflict:\n");
            w.Append(I).Append("  involved: [").AppendJoin(", ", c.Involved.Select(YamlText.Scalar)).Append("]\n");
            w.Append(I).Append("  costPerRound: ").Append(NumberText.Format(c.CostPerRound)).Append('\n');
            if (scenario.Rationales.TryGetValue($"issues.{issue.Id}.conflict.costPerRound", out var costWhy))
            {
                Field(w, I + "  ", "costRationale", costWhy);
            }
            w.Append(I).Append("  settlementPoint: ").Append(NumberText.Format(c.SettlementPoint)).Append('\n');
            if (!c.CostByActor.IsEmpty)
            {
                w.Append(I).Append("  costs:\n");
                foreach (var (actor, cost) in c.CostByActor.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.Append(I).Append("    ").Append(YamlText.Scalar(actor)).Append(": ").Append(NumberText.Format(cost)).Append('\n');
                }
            }
        }
    }

    private static void WriteActor(StringBuilder w, Scenario scenario, Actor actor)
    {
        const string I = "    ";
        var r = scenario.Rationales;
        w.Append("  - id: ").Append(YamlText.Scalar(actor.Id)).Append('\n');
        Field(w, I, "name", actor.Name);
        Field(w, I, "description", actor.Description);
        Field(w, I, "group", actor.Group);
        w.Append(I).Append("capability: ").Append(NumberText.Format(actor.Capability)).Append('\n');
        Field(w, I, "capabilityRationale", r.GetValueOrDefault($"actors.{actor.Id}.capability"));
        var stances = scenario.Stances.Where(s => s.ActorId == actor.Id).ToList();
        if (stances.Count == 0)
        {
            return;
        }

        w.Append(I).Append("stances:\n");
        foreach (var s in stances)
        {
            const string J = "        ";
            var key = $"stances.{actor.Id}.{s.IssueId}";
            w.Append("      ").Append(YamlText.Scalar(s.IssueId)).Append(":\n");
            w.Append(J).Append("position: ").Append(NumberText.Format(s.Position)).Append('\n');
            w.Append(J).Append("salience: ").Append(NumberText.Format(s.Salience)).Append('\n');
            Number(w, J, "capability", s.Capability);
            var pr = r.GetValueOrDefault($"{key}.position");
            var sr = r.GetValueOrDefault($"{key}.salience");
            if (pr is not null && pr == sr)
            {
                Field(w, J, "why", pr);
            }
            else
            {
                Field(w, J, "positionRationale", pr);
                Field(w, J, "salienceRationale", sr);
            }

            Field(w, J, "capabilityRationale", r.GetValueOrDefault($"{key}.capability"));
        }
    }

    private static void Field(StringBuilder w, string indent, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.Append(indent).Append(key).Append(": ").Append(YamlText.Block(value, indent + "  ") ?? YamlText.Scalar(value)).Append('\n');
    }

    private static void Number(StringBuilder w, string indent, string key, double? value)
    {
        if (value is { } v)
        {
            w.Append(indent).Append(key).Append(": ").Append(NumberText.Format(v)).Append('\n');
        }
    }

    private static void List(StringBuilder w, string indent, string key, IReadOnlyCollection<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Append(indent).Append(key).Append(":\n");
        foreach (var item in items)
        {
            w.Append(indent).Append("  - ").Append(YamlText.Scalar(item)).Append('\n');
        }
    }

    private static void WriteArena(StringBuilder w, Scenario scenario)
    {
        if (scenario.Arena is not { } arena)
        {
            return;
        }

        w.Append("arena:\n");
        w.Append("  regime: ").Append(YamlText.Scalar(arena.RegimeId)).Append('\n');
        if (arena.Seed is { } seed)
        {
            w.Append("  seed: ").Append(seed.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var (name, settings) in new[] { ("unrest", arena.Unrest), ("coupling", arena.Coupling) })
        {
            if (settings.Values.IsEmpty)
            {
                continue;
            }

            w.Append("  ").Append(name).Append(":\n");
            foreach (var (key, value) in settings.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.Append("    ").Append(YamlText.Scalar(key)).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
            }
        }

        var why = scenario.Rationales.Where(r => r.Key.StartsWith("arena.", StringComparison.Ordinal)).OrderBy(r => r.Key, StringComparer.Ordinal).ToArray();
        if (why.Length > 0)
        {
            w.Append("  why:\n");
            foreach (var (key, text) in why)
            {
                w.Append("    ").Append(YamlText.Scalar(key["arena.".Length..])).Append(": ").Append(YamlText.Scalar(text)).Append('\n');
            }
        }
    }

    private static void WriteUncertainty(StringBuilder w, Scenario scenario)
    {
        if (scenario.Uncertainty is not { } u)
        {
            return;
        }

        const string I = "    ";
        w.Append("uncertainty:\n");
        w.Append("  positionShare: ").Append(NumberText.Format(u.PositionShare)).Append('\n');
        w.Append("  salienceSigma: ").Append(NumberText.Format(u.SalienceSigma)).Append('\n');
        w.Append("  capabilitySigma: ").Append(NumberText.Format(u.CapabilitySigma)).Append('\n');
        Field(w, "  ", "why", scenario.Rationales.GetValueOrDefault("uncertainty"));
        if (u.Overrides.IsEmpty)
        {
            return;
        }

        w.Append("  overrides:\n");
        foreach (var o in u.Overrides)
        {
            var first = true;
            void Key(string key, string value)
            {
                w.Append(first ? "  - " : I).Append(key).Append(": ").Append(value).Append('\n');
                first = false;
            }

            if (o.ActorId is { } actor)
            {
                Key("actor", YamlText.Scalar(actor));
            }

            if (o.IssueId is { } issue)
            {
                Key("issue", YamlText.Scalar(issue));
            }

            Number(w, I, "positionShare", o.PositionShare);
            Number(w, I, "salienceSigma", o.SalienceSigma);
            Number(w, I, "capabilitySigma", o.CapabilitySigma);
            Field(w, I, "why", scenario.Rationales.GetValueOrDefault($"uncertainty.{o.ActorId ?? "*"}.{o.IssueId ?? "*"}"));
        }
    }
}
