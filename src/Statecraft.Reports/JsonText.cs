using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Statecraft.Reports;

/// <summary>The one way Statecraft's JSON outputs are written: indented, <c>\n</c> line ends, relaxed escaping, UTF-8, a final newline.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Runs <paramref name="body"/> on a JSON writer and returns the text it wrote.</summary>
    /// <param name="body">Writes one JSON document.</param>
    /// <returns>The document, ending in a newline.</returns>
    public static string Write(Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            body(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a number, or <c>null</c> when it is missing or not finite (a statistic over nothing, a NaN
    /// outcome); every JSON writer writes its numbers through this one.</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="value">The number, or <see langword="null"/>.</param>
    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
