using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Statecraft.Reports;

namespace Statecraft.Storage;

/// <summary>The shard file format: one shard's raw per-row results, with a header naming the run they belong to.</summary>
/// <remarks>
/// <para>Layout: the line <c>statecraft-shard/2</c>; one line of compact JSON, the header: first the members every JSON
/// output opens with, written by <see cref="JsonHeader"/> (<c>scenario</c> as the run names it, <c>model</c>, <c>seed</c>,
/// <c>manifest: {toolVersion, scenarioHash}</c>), then <c>kind, rows, shards, shard, blockSize, width, start, count,
/// payloadBytes, payloadSha256, request, scenarioText</c> (the scenario's canonical text); then the payload,
/// <c>count · width</c> IEEE 754 doubles in little-endian order, row after row. The first two lines can be read with
/// <c>head -c 2000</c>. The payload's length and SHA-256 in the header let a reader tell a truncated or damaged file from
/// a whole one.</para>
/// <para>Files of the first layout (<c>statecraft-shard/1</c>: <c>toolVersion</c> and <c>scenarioHash</c> at the top
/// level, the canonical text as <c>scenario</c>) are still read.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ShardFile
{
    /// <summary>The format name and version on the first line of every shard file.</summary>
    public const string FormatName = "statecraft-shard/2";

    /// <summary>The first line of shard files of the first layout, which are still read.</summary>
    public const string FirstFormatName = "statecraft-shard/1";

    /// <summary>The extension of shard files.</summary>
    public const string Extension = ".shard";

    private const int MaxHeaderBytes = 64 * 1024 * 1024;

    /// <summary>Gets the file name of shard k of M, e.g. <c>shard-00003-of-00008.shard</c>; names sort in shard order.</summary>
    /// <param name="shard">The shard k, 0-based.</param>
    /// <param name="shards">The number of shards M.</param>
    /// <returns>The file name.</returns>
    public static string FileName(int shard, int shards) =>
        string.Create(CultureInfo.InvariantCulture, $"shard-{shard:D5}-of-{shards:D5}{Extension}");

    /// <summary>Writes a shard to <paramref name="stream"/>.</summary>
    /// <param name="stream">The target, written from its current position.</param>
    /// <param name="header">The header.</param>
    /// <param name="rows">The shard's <see cref="ShardHeader.Values"/> values, row after row.</param>
    /// <exception cref="ArgumentException"><paramref name="rows"/> does not hold the header's number of values.</exception>
    public static void Write(Stream stream, ShardHeader header, ReadOnlySpan<double> rows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        if (rows.Length != header.Values)
        {
            throw new ArgumentException($"The header promises {header.Values} values; got {rows.Length}.", nameof(rows));
        }

        var payload = new byte[rows.Length * sizeof(double)];
        for (var i = 0; i < rows.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(payload.AsSpan(i * sizeof(double)), rows[i]);
        }

        stream.Write(Encoding.UTF8.GetBytes(FormatName + "\n"));
        stream.Write(HeaderJson(header, payload.LongLength, Convert.ToHexStringLower(SHA256.HashData(payload))));
        stream.WriteByte((byte)'\n');
        stream.Write(payload);
    }

    /// <summary>Reads a shard file's header and checks its payload (length and checksum), without decoding the values.</summary>
    /// <param name="path">The shard file.</param>
    /// <returns>The header.</returns>
    /// <exception cref="InvalidDataException">The file is not a shard file, or is truncated or damaged; the message names the file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static ShardHeader ReadHeader(string path) => Read(path, decode: false).Header;

    /// <summary>Reads a shard file.</summary>
    /// <param name="path">The shard file.</param>
    /// <returns>The header and the shard's values, row after row.</returns>
    /// <exception cref="InvalidDataException">The file is not a shard file, or is truncated or damaged; the message names the file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static (ShardHeader Header, double[] Rows) Read(string path) => Read(path, decode: true);

    private static (ShardHeader Header, double[] Rows) Read(string path, bool decode)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        var magic = ReadLine(stream, FormatName.Length + 1);
        if (magic != FormatName && magic != FirstFormatName)
        {
            throw new InvalidDataException($"shard file {name}: not a Statecraft shard file (its first line is not '{FormatName}').");
        }

        var line = ReadLine(stream, MaxHeaderBytes) ?? throw new InvalidDataException($"shard file {name} is truncated: it ends inside its header.");
        ShardHeader header;
        long payloadBytes;
        string payloadSha256;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var request = RunRequest.FromJson(r.GetProperty("request").GetRawText());
            // The first layout kept the manifest's members at the top level and the canonical text as "scenario".
            var manifest = magic == FormatName ? r.GetProperty("manifest") : r;
            header = new ShardHeader(
                request,
                r.GetProperty(magic == FormatName ? "scenarioText" : "scenario").GetRawText(),
                manifest.GetProperty("scenarioHash").GetString()!,
                manifest.GetProperty("toolVersion").GetString()!,
                r.GetProperty("shard").GetInt32(),
                r.GetProperty("shards").GetInt32(),
                r.GetProperty("rows").GetInt32(),
                r.GetProperty("blockSize").GetInt32(),
                r.GetProperty("width").GetInt32(),
                r.GetProperty("start").GetInt32(),
                r.GetProperty("count").GetInt32());
            payloadBytes = r.GetProperty("payloadBytes").GetInt64();
            payloadSha256 = r.GetProperty("payloadSha256").GetString()!;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"shard file {name}: its header is not readable ({ex.Message}).", ex);
        }

        if (header.Count < 0 || header.Width < 0 || payloadBytes != header.Values * sizeof(double))
        {
            throw new InvalidDataException($"shard file {name}: its header gives {payloadBytes} payload bytes for {header.Count} rows of {header.Width} values.");
        }

        var left = stream.Length - stream.Position;
        if (left < payloadBytes)
        {
            throw new InvalidDataException($"shard file {name} is truncated: it holds {left} of its {payloadBytes} payload bytes.");
        }

        if (left > payloadBytes)
        {
            throw new InvalidDataException($"shard file {name} is damaged: it holds {left - payloadBytes} bytes after its {payloadBytes} payload bytes.");
        }

        var payload = new byte[payloadBytes];
        stream.ReadExactly(payload);
        if (Convert.ToHexStringLower(SHA256.HashData(payload)) != payloadSha256)
        {
            throw new InvalidDataException($"shard file {name} is damaged: its payload's SHA-256 differs from the one in its header.");
        }

        if (ScenarioCanonicalForm.HashText(header.ScenarioText) != header.ScenarioHash)
        {
            throw new InvalidDataException($"shard file {name} is damaged: its scenario text does not have its scenario hash {header.ScenarioHash}.");
        }

        if (!decode)
        {
            return (header, []);
        }

        var rows = new double[header.Values];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = BinaryPrimitives.ReadDoubleLittleEndian(payload.AsSpan(i * sizeof(double)));
        }

        return (header, rows);
    }

    private static byte[] HeaderJson(ShardHeader h, long payloadBytes, string payloadSha256)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            JsonHeader.WriteScenario(w, h.Request.Source);
            JsonHeader.WriteModel(w, h.Request.Model);
            JsonHeader.WriteSeed(w, h.Request.Seed);
            JsonHeader.WriteManifest(w, new RunManifest(h.Request.Source, h.ScenarioHash, h.ToolVersion));
            w.WriteString("kind", h.Request.Kind);
            w.WriteNumber("rows", h.Rows);
            w.WriteNumber("shards", h.Shards);
            w.WriteNumber("shard", h.Shard);
            w.WriteNumber("blockSize", h.BlockSize);
            w.WriteNumber("width", h.Width);
            w.WriteNumber("start", h.Start);
            w.WriteNumber("count", h.Count);
            w.WriteNumber("payloadBytes", payloadBytes);
            w.WriteString("payloadSha256", payloadSha256);
            w.WritePropertyName("request");
            w.WriteRawValue(h.Request.ToJson());
            w.WritePropertyName("scenarioText");
            w.WriteRawValue(h.ScenarioText);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads bytes up to a newline; <see langword="null"/> at the end of the stream or past <paramref name="max"/> bytes.</summary>
    private static string? ReadLine(Stream stream, int max)
    {
        using var line = new MemoryStream();
        for (var n = 0; n <= max; n++)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
            }

            line.WriteByte((byte)b);
        }

        return null;
    }
}
