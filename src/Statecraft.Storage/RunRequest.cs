using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Reports;

namespace Statecraft.Storage;

/// <summary>Everything besides the scenario that a run needs to be replayed: what to run, the model and its options, seed, replicates and noise.</summary>
/// <remarks>
/// <para>Stored as the run's <see cref="RunRecord.OptionsJson"/> (compact JSON, fixed member order): first the members every
/// JSON output opens with, written by <see cref="JsonHeader"/> (<c>"scenario"</c>, the source as the user named it,
/// <c>"model"</c>, <c>"settings": {name: value}</c>, <c>"seed"</c>), then <c>"kind", "runs", "threads", "histogramBins",
/// "samples", "uncertainty", "shocks": [text]</c>. Requests stored in the first layout (<c>"kind"</c> first and the source
/// as <c>"source"</c>) are still read.
/// <c>uncertainty</c> is the spec passed on the command line, or <c>null</c> when the scenario's own was used (it is part
/// of the stored scenario text).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Kind">What to run: <c>forecast</c>, <c>monte-carlo</c>, <c>sensitivity</c>, <c>what-if</c>.</param>
/// <param name="Model">The model's name.</param>
/// <param name="Settings">The model's options.</param>
/// <param name="Seed">The root seed.</param>
public sealed record RunRequest(string Kind, string Model, ModelSettings Settings, ulong Seed)
{
    /// <summary>Gets the scenario as the user named it (a bundled name or a file path), for output; the store keeps the content itself.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the number of Monte Carlo replicates (1 for a single forecast).</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Gets the number of threads allowed; it never changes the numbers.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Gets the number of histogram bins.</summary>
    public int HistogramBins { get; init; } = 20;

    /// <summary>Gets the number of base samples of a Sobol analysis (0 when none was run).</summary>
    public int Samples { get; init; }

    /// <summary>Gets the noise given on the command line, or <see langword="null"/> for the scenario's own.</summary>
    public UncertaintySpec? Uncertainty { get; init; }

    /// <summary>Gets the what-if shocks as the user wrote them, in order.</summary>
    public ImmutableArray<string> Shocks { get; init; } = [];

    /// <summary>Serialises the request as compact JSON with a fixed member order.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, Source);
            JsonHeader.WriteModel(w, Model, Settings);
            JsonHeader.WriteSeed(w, Seed);
            w.WriteString("kind", Kind);
            w.WriteNumber("runs", Runs);
            w.WriteNumber("threads", Threads);
            w.WriteNumber("histogramBins", HistogramBins);
            w.WriteNumber("samples", Samples);
            w.WritePropertyName("uncertainty");
            CanonicalWriter.WriteUncertainty(w, Uncertainty);
            w.WriteStartArray("shocks");
            foreach (var s in Shocks)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a request written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The request.</returns>
    /// <exception cref="FormatException">The text is not a request.</exception>
    public static RunRequest FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            return new RunRequest(r.GetProperty("kind").GetString()!, r.GetProperty("model").GetString()!, CanonicalReader.ReadSettings(r.GetProperty("settings")), r.GetProperty("seed").GetUInt64())
            {
                Source = (r.TryGetProperty("scenario", out var scenario) ? scenario : r.GetProperty("source")).GetString()!,
                Runs = r.GetProperty("runs").GetInt32(),
                Threads = r.GetProperty("threads").GetInt32(),
                HistogramBins = r.GetProperty("histogramBins").GetInt32(),
                Samples = r.GetProperty("samples").GetInt32(),
                Uncertainty = CanonicalReader.ReadUncertainty(r.GetProperty("uncertainty")),
                Shocks = ScenarioCanonicalForm.Strings(r.GetProperty("shocks")),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not a run request: {ex.Message}", ex);
        }
    }

    /// <summary>Returns whether two requests ask for the same run.</summary>
    /// <param name="other">The other request.</param>
    /// <returns><see langword="true"/> when their JSON forms are equal.</returns>
    public bool ContentEquals(RunRequest? other) => other is not null && ToJson() == other.ToJson();
}
