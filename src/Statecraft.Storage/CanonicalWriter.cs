using System.Globalization;
using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Reports;

namespace Statecraft.Storage;

/// <summary>Writes the members of the canonical scenario text, in their fixed order (see <see cref="ScenarioCanonicalForm"/>).</summary>
internal static class CanonicalWriter
{
    public static void WriteScenario(Utf8JsonWriter w, Scenario s)
    {
        w.WriteStartObject();
        w.WriteString("format", ScenarioCanonicalForm.FormatName);
        w.WriteStartObject("metadata");
        if (s.Metadata.Id is { } id)
        {
            // Written only when present, so that the hash of a scenario without an id is unchanged.
            w.WriteString("id", id);
        }

        w.WriteString("title", s.Metadata.Title);
        w.WriteString("description", s.Metadata.Description);
        w.WriteString("asOf", s.Metadata.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        StringArray(w, "sources", s.Metadata.Sources);
        StringArray(w, "assumptions", s.Metadata.Assumptions);
        w.WriteEndObject();

        w.WriteStartArray("actors");
        foreach (var a in s.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteNumber("capability", a.Capability);
            w.WriteString("description", a.Description);
            w.WriteString("group", a.Group);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("issues");
        foreach (var i in s.Issues)
        {
            WriteIssue(w, i);
        }

        w.WriteEndArray();
        w.WriteStartArray("stances");
        foreach (var st in s.Stances)
        {
            w.WriteStartObject();
            w.WriteString("actor", st.ActorId);
            w.WriteString("issue", st.IssueId);
            w.WriteNumber("position", st.Position);
            w.WriteNumber("salience", st.Salience);
            JsonText.WriteNumberOrNull(w, "capability", st.Capability);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("modelSettings");
        foreach (var (model, settings) in ScenarioCanonicalForm.Sorted(s.ModelSettings, ignoreCase: true))
        {
            w.WritePropertyName(model.ToLowerInvariant());
            WriteSettings(w, settings);
        }

        w.WriteEndObject();
        w.WriteStartObject("rationales");
        foreach (var (path, text) in ScenarioCanonicalForm.Sorted(s.Rationales, ignoreCase: false))
        {
            w.WriteString(path, text);
        }

        w.WriteEndObject();
        if (s.Seed is { } seed)
        {
            w.WriteNumber("seed", seed);
        }
        else
        {
            w.WriteNull("seed");
        }

        w.WritePropertyName("uncertainty");
        WriteUncertainty(w, s.Uncertainty);
        w.WritePropertyName("arena");
        WriteArena(w, s.Arena);
        w.WriteEndObject();
    }

    /// <summary>Writes a domestic arena (regime, seed, unrest and coupling options), or null.</summary>
    public static void WriteArena(Utf8JsonWriter w, DomesticArena? arena)
    {
        if (arena is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("regime", arena.RegimeId);
        if (arena.Seed is { } seed)
        {
            w.WriteNumber("seed", seed);
        }
        else
        {
            w.WriteNull("seed");
        }

        w.WritePropertyName("unrest");
        WriteSettings(w, arena.Unrest);
        w.WritePropertyName("coupling");
        WriteSettings(w, arena.Coupling);
        w.WriteEndObject();
    }

    /// <summary>Writes model settings as an object with option names in lower-case ordinal order.</summary>
    public static void WriteSettings(Utf8JsonWriter w, ModelSettings settings)
    {
        w.WriteStartObject();
        foreach (var (name, value) in ScenarioCanonicalForm.Sorted(settings.Values, ignoreCase: true))
        {
            w.WriteString(name.ToLowerInvariant(), value);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes an uncertainty spec, or null.</summary>
    public static void WriteUncertainty(Utf8JsonWriter w, UncertaintySpec? u)
    {
        if (u is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteNumber("positionShare", u.PositionShare);
        w.WriteNumber("salienceSigma", u.SalienceSigma);
        w.WriteNumber("capabilitySigma", u.CapabilitySigma);
        w.WriteStartArray("overrides");
        foreach (var o in u.Overrides)
        {
            w.WriteStartObject();
            w.WriteString("actor", o.ActorId);
            w.WriteString("issue", o.IssueId);
            JsonText.WriteNumberOrNull(w, "positionShare", o.PositionShare);
            JsonText.WriteNumberOrNull(w, "salienceSigma", o.SalienceSigma);
            JsonText.WriteNumberOrNull(w, "capabilitySigma", o.CapabilitySigma);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIssue(Utf8JsonWriter w, Issue i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("name", i.Name);
        w.WriteStartObject("scale");
        w.WriteNumber("min", i.Scale.Min);
        w.WriteNumber("max", i.Scale.Max);
        w.WriteStartArray("labels");
        foreach (var l in i.Scale.Labels)
        {
            w.WriteStartObject();
            w.WriteNumber("value", l.Value);
            w.WriteString("label", l.Label);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("description", i.Description);
        JsonText.WriteNumberOrNull(w, "referencePoint", i.ReferencePoint);
        JsonText.WriteNumberOrNull(w, "outcome", i.Outcome);
        w.WriteString("group", i.Group);
        StringArray(w, "flags", i.Flags);
        if (i.Conflict is { } c)
        {
            w.WriteStartObject("conflict");
            StringArray(w, "involved", c.Involved);
            w.WriteNumber("costPerRound", c.CostPerRound);
            w.WriteNumber("settlementPoint", c.SettlementPoint);
            w.WriteStartObject("costByActor");
            foreach (var (actor, cost) in ScenarioCanonicalForm.Sorted(c.CostByActor, ignoreCase: false))
            {
                w.WriteNumber(actor, cost);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("conflict");
        }

        w.WriteEndObject();
    }

    private static void StringArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
