using System.Text.Json;
using Statecraft.Assessment;

namespace Statecraft.Reports.Briefs;

/// <summary>Writes a brief as JSON: every sentence with its topic, its text and the computed values it rests on.</summary>
/// <remarks>
/// <c>{"scenario", "title", "leadModel", "runs", "seed", "manifest"?, "opening": [sentence], "issues": [{"id", "name",
/// "sentences": [sentence]}], "twoFronts": [sentence], "limits": [sentence]}</c>, where a sentence is
/// <c>{"topic", "text", "values": {name: number}}</c> with unrounded numbers. Stateless and thread-safe.
/// </remarks>
public static class BriefJsonWriter
{
    /// <summary>Writes the brief as indented JSON.</summary>
    /// <param name="brief">The brief.</param>
    /// <param name="manifest">The run manifest, or <see langword="null"/> to leave it out.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Brief brief, RunManifest? manifest = null)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, brief.Scenario, brief.Title);
            w.WriteString("leadModel", brief.LeadModel);
            w.WriteNumber("runs", brief.Runs);
            JsonHeader.WriteSeed(w, brief.Seed);
            if (manifest is not null)
            {
                JsonHeader.WriteManifest(w, manifest);
            }

            Sentences(w, "opening", brief.Opening);
            w.WriteStartArray("issues");
            foreach (var issue in brief.Issues)
            {
                w.WriteStartObject();
                w.WriteString("id", issue.IssueId);
                w.WriteString("name", issue.Name);
                Sentences(w, "sentences", issue.Sentences);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Sentences(w, "twoFronts", brief.TwoFronts);
            Sentences(w, "limits", brief.Limits);
            w.WriteEndObject();
        });
    }

    private static void Sentences(Utf8JsonWriter w, string name, IEnumerable<BriefSentence> sentences)
    {
        w.WriteStartArray(name);
        foreach (var s in sentences)
        {
            w.WriteStartObject();
            w.WriteString("topic", s.Topic);
            w.WriteString("text", s.Text);
            w.WriteStartObject("values");
            foreach (var v in s.Values)
            {
                w.WriteNumber(v.Name, v.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
