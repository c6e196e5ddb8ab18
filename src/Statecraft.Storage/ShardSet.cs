using System.Globalization;
using System.Text.Json;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Storage;

/// <summary>Reads the shard files of one run from a folder and checks that they are all there, once each, whole and of the same run.</summary>
/// <remarks>
/// <para>Refused, with a message naming the shard file and what differs: a folder with no shard files; a file that is not
/// a shard, or is truncated or damaged; two files of the same shard; a missing shard; a shard of another scenario, kind,
/// model, options, seed, N, M or tool version than the first; a shard whose rows are not the ones shard k of M
/// covers. Every header is checked before any payload is decoded.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ShardSet
{
    /// <summary>Reads and checks the shards in <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder the shards were written to (<c>--shard-out</c>).</param>
    /// <returns>The first shard's header (with the thread count of the merge left to the caller) and the values of every row of the run, in row order.</returns>
    /// <exception cref="InvalidDataException">The folder does not exist or holds no shard files, or a shard is missing, duplicated, truncated, damaged or of another run; the message says which and how.</exception>
    /// <exception cref="IOException">A file could not be read.</exception>
    public static (ShardHeader Header, double[] Rows) Read(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new InvalidDataException($"merge: the folder '{folder}' does not exist.");
        }

        var files = Directory.GetFiles(folder, "*" + ShardFile.Extension).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidDataException($"merge: the folder '{folder}' holds no shard files (*{ShardFile.Extension}).");
        }

        var headers = files.Select(f => (File: f, Header: ShardFile.ReadHeader(f))).OrderBy(x => x.Header.Shard).ThenBy(x => x.File, StringComparer.Ordinal).ToArray();
        var (firstFile, first) = headers[0];
        foreach (var (file, header) in headers.Skip(1))
        {
            if (Difference(header, first) is { } what)
            {
                throw new InvalidDataException($"shard file {Path.GetFileName(file)} is of another run than {Path.GetFileName(firstFile)}: {what}.");
            }
        }

        var m = first.Shards;
        if (m < 1 || m > ShardRange.MaxShards)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"shard file {Path.GetFileName(firstFile)}: M = {m} shards is not in [1, {ShardRange.MaxShards}]."));
        }

        var byShard = new string?[m];
        foreach (var (file, header) in headers)
        {
            var name = Path.GetFileName(file);
            if (header.Shard < 0 || header.Shard >= m || header.Rows < 0 || header.BlockSize < 1)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"shard file {name}: shard {header.Shard} of {m}, {header.Rows} rows in blocks of {header.BlockSize} is not a possible shard (0 ≤ k < M, rows ≥ 0, block ≥ 1)."));
            }

            if (byShard[header.Shard] is { } other)
            {
                throw new InvalidDataException($"shard files {Path.GetFileName(other)} and {name} are both shard {header.Shard} of {m}; keep one.");
            }

            var (start, count) = ShardRange.Of(header.Rows, header.BlockSize, header.Shard, m);
            if (header.Start != start || header.Count != count)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"shard file {name} holds rows [{header.Start}, {header.Start + header.Count}), but shard {header.Shard} of {m} covers [{start}, {start + count})."));
            }

            byShard[header.Shard] = file;
        }

        var missing = Enumerable.Range(0, m).Where(k => byShard[k] is null).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Take(5).Select(k => ShardFile.FileName(k, m)));
            var more = missing.Length > 5 ? $" and {missing.Length - 5} more" : string.Empty;
            throw new InvalidDataException($"merge: {missing.Length} of {m} shards missing from '{folder}': {names}{more}.");
        }

        var rows = new double[(long)first.Rows * first.Width];
        long at = 0;
        foreach (var file in byShard)
        {
            var (header, values) = ShardFile.Read(file!);
            if (Difference(header, first) is { } what)
            {
                throw new InvalidDataException($"shard file {Path.GetFileName(file)} changed while it was read: {what}.");
            }

            values.CopyTo(rows, at);
            at += values.LongLength;
        }

        return (first, rows);
    }

    /// <summary>Names the first top-level member in which two canonical texts differ (" (its seeds differ)"), or nothing.</summary>
    private static string Member(string text, string reference)
    {
        try
        {
            using var a = JsonDocument.Parse(text);
            using var b = JsonDocument.Parse(reference);
            if (a.RootElement.ValueKind != JsonValueKind.Object || b.RootElement.ValueKind != JsonValueKind.Object)
            {
                return string.Empty;
            }

            foreach (var member in a.RootElement.EnumerateObject())
            {
                if (!b.RootElement.TryGetProperty(member.Name, out var other) || other.GetRawText() != member.Value.GetRawText())
                {
                    return $" (its {member.Name} differ{(member.Name.EndsWith('s') ? string.Empty : "s")})";
                }
            }
        }
        catch (JsonException)
        {
        }

        return string.Empty;
    }

    /// <summary>Says how <paramref name="h"/> belongs to another run than <paramref name="reference"/>, or <see langword="null"/> when it is of the same run.</summary>
    private static string? Difference(ShardHeader h, ShardHeader reference)
    {
        static string? Differs(string what, object a, object b) =>
            Equals(a, b) ? null : string.Create(CultureInfo.InvariantCulture, $"{what} {a} differs from {b}");
        return Differs("kind", h.Request.Kind, reference.Request.Kind)
            ?? (h.ScenarioHash == reference.ScenarioHash ? null : $"scenario hash {h.ScenarioHash} differs from {reference.ScenarioHash}{Member(h.ScenarioText, reference.ScenarioText)}")
            ?? Differs("tool version", h.ToolVersion, reference.ToolVersion)
            ?? Differs("model", h.Request.Model, reference.Request.Model)
            ?? Differs("seed", h.Request.Seed, reference.Request.Seed)
            ?? Differs("N (rows)", h.Rows, reference.Rows)
            ?? Differs("M (shards)", h.Shards, reference.Shards)
            ?? Differs("block size", h.BlockSize, reference.BlockSize)
            ?? Differs("row width", h.Width, reference.Width)
            ?? Differs("options", (h.Request with { Threads = 1 }).ToJson(), (reference.Request with { Threads = 1 }).ToJson());
    }
}
