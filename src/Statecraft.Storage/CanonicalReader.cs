using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Storage;

/// <summary>Reads the canonical scenario text back (see <see cref="ScenarioCanonicalForm"/>).</summary>
internal static class CanonicalReader
{
    public static Scenario ReadScenario(JsonElement root)
    {
        var format = root.GetProperty("format").GetString();
        if (format != ScenarioCanonicalForm.FormatName)
        {
            throw new InvalidOperationException($"format is '{format}', expected '{ScenarioCanonicalForm.FormatName}'");
        }

        var m = root.GetProperty("metadata");
        var metadata = new ScenarioMetadata(m.GetProperty("title").GetString()!)
        {
            Id = m.TryGetProperty("id", out var id) ? id.GetString() : null,
            Description = m.GetProperty("description").GetString(),
            AsOf = m.GetProperty("asOf").GetString() is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Sources = ScenarioCanonicalForm.Strings(m.GetProperty("sources")),
            Assumptions = ScenarioCanonicalForm.Strings(m.GetProperty("assumptions")),
        };
        var actors = root.GetProperty("actors").EnumerateArray().Select(a => new Actor(
            a.GetProperty("id").GetString()!,
            a.GetProperty("name").GetString()!,
            a.GetProperty("capability").GetDouble(),
            a.GetProperty("description").GetString(),
            a.GetProperty("group").GetString())).ToArray();
        var issues = root.GetProperty("issues").EnumerateArray().Select(ReadIssue).ToArray();
        var stances = root.GetProperty("stances").EnumerateArray().Select(s => new Stance(
            s.GetProperty("actor").GetString()!,
            s.GetProperty("issue").GetString()!,
            s.GetProperty("position").GetDouble(),
            s.GetProperty("salience").GetDouble(),
            NumberOrNull(s.GetProperty("capability")))).ToArray();

        var settings = ImmutableDictionary.CreateBuilder<string, ModelSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in root.GetProperty("modelSettings").EnumerateObject())
        {
            settings[p.Name] = ReadSettings(p.Value);
        }

        var rationales = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var p in root.GetProperty("rationales").EnumerateObject())
        {
            rationales[p.Name] = p.Value.GetString()!;
        }

        var seed = root.GetProperty("seed");
        return new Scenario(metadata, actors, issues, stances)
        {
            ModelSettings = settings.ToImmutable(),
            Rationales = rationales.ToImmutable(),
            Seed = seed.ValueKind == JsonValueKind.Null ? null : seed.GetUInt64(),
            Uncertainty = ReadUncertainty(root.GetProperty("uncertainty")),
            Arena = root.TryGetProperty("arena", out var arena) ? ReadArena(arena) : null,
        };
    }

    /// <summary>Reads a domestic arena written by <see cref="CanonicalWriter.WriteArena"/>; texts stored before the arena was part of the form have none.</summary>
    public static DomesticArena? ReadArena(JsonElement a)
    {
        if (a.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var seed = a.GetProperty("seed");
        return new DomesticArena(a.GetProperty("regime").GetString()!)
        {
            Seed = seed.ValueKind == JsonValueKind.Null ? null : seed.GetUInt64(),
            Unrest = ReadSettings(a.GetProperty("unrest")),
            Coupling = ReadSettings(a.GetProperty("coupling")),
        };
    }

    /// <summary>Reads model settings written by <see cref="CanonicalWriter.WriteSettings"/>.</summary>
    public static ModelSettings ReadSettings(JsonElement e) =>
        ModelSettings.From(e.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)));

    /// <summary>Reads an uncertainty spec written by <see cref="CanonicalWriter.WriteUncertainty"/>.</summary>
    public static UncertaintySpec? ReadUncertainty(JsonElement u)
    {
        if (u.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new UncertaintySpec
        {
            PositionShare = u.GetProperty("positionShare").GetDouble(),
            SalienceSigma = u.GetProperty("salienceSigma").GetDouble(),
            CapabilitySigma = u.GetProperty("capabilitySigma").GetDouble(),
            Overrides = [.. u.GetProperty("overrides").EnumerateArray().Select(o => new UncertaintyOverride(o.GetProperty("actor").GetString(), o.GetProperty("issue").GetString())
            {
                PositionShare = NumberOrNull(o.GetProperty("positionShare")),
                SalienceSigma = NumberOrNull(o.GetProperty("salienceSigma")),
                CapabilitySigma = NumberOrNull(o.GetProperty("capabilitySigma")),
            })],
        };
    }

    private static Issue ReadIssue(JsonElement i)
    {
        var sc = i.GetProperty("scale");
        var labels = sc.GetProperty("labels").EnumerateArray().Select(l => new ScaleLabel(l.GetProperty("value").GetDouble(), l.GetProperty("label").GetString()!));
        var c = i.GetProperty("conflict");
        ArmedConflict? conflict = null;
        if (c.ValueKind != JsonValueKind.Null)
        {
            conflict = new ArmedConflict(ScenarioCanonicalForm.Strings(c.GetProperty("involved")), c.GetProperty("costPerRound").GetDouble(), c.GetProperty("settlementPoint").GetDouble())
            {
                CostByActor = c.GetProperty("costByActor").EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetDouble()),
            };
        }

        return new Issue(i.GetProperty("id").GetString()!, i.GetProperty("name").GetString()!, new IssueScale(sc.GetProperty("min").GetDouble(), sc.GetProperty("max").GetDouble(), labels))
        {
            Description = i.GetProperty("description").GetString(),
            ReferencePoint = NumberOrNull(i.GetProperty("referencePoint")),
            Outcome = NumberOrNull(i.GetProperty("outcome")),
            Group = i.GetProperty("group").GetString(),
            Flags = ScenarioCanonicalForm.Strings(i.GetProperty("flags")),
            Conflict = conflict,
        };
    }

    private static double? NumberOrNull(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
