using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.Options;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>What an unrest sweep runs: the base options, the ticks, the seeds and the parameter grid (<c>statecraft unrest --sweep seeds=… --grid NAME=…</c>).</summary>
/// <remarks>
/// <para>Grammar, with located messages for every way to get it wrong (<see cref="Create"/>):
/// <c>--sweep seeds=ITEM[,ITEM…]</c>, ITEM a seed or an inclusive range <c>FIRST..LAST</c> (whole numbers in
/// [0, 2⁶⁴ − 1], no seed twice); <c>--grid NAME=V1[,V2…]</c>, repeatable, NAME an unrest option (no name twice), the
/// values as the option takes them (no value twice). The grid's points are the cross product of the axes, the first
/// <c>--grid</c> varying slowest; each point is run with every seed, at most <see cref="MaxRuns"/> runs in all.</para>
/// <para><see cref="ToJson"/> is the sweep's canonical text: shard files carry it in place of a scenario, and its hash
/// tells the shards of one sweep from another's.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record UnrestSweepRequest
{
    /// <summary>The most runs (points × seeds) one sweep may hold.</summary>
    public const int MaxRuns = 1_000_000;

    private const string FormatName = "statecraft-unrest-sweep/1";

    private UnrestSweepRequest(string source, ModelSettings settings, int ticks, string seedsText, ImmutableArray<ulong> seeds, ImmutableArray<UnrestGridAxis> grid)
    {
        Source = source;
        Settings = settings;
        Ticks = ticks;
        SeedsText = seedsText;
        Seeds = seeds;
        Grid = grid;
    }

    /// <summary>Gets how outputs name where the base options come from, e.g. "preset statecraft".</summary>
    public string Source { get; }

    /// <summary>Gets the base unrest options (kebab-case), which every grid point overrides on its axes.</summary>
    public ModelSettings Settings { get; }

    /// <summary>Gets the ticks of every run.</summary>
    public int Ticks { get; }

    /// <summary>Gets the seeds as written after <c>seeds=</c>, without spaces, e.g. <c>1..100</c>.</summary>
    public string SeedsText { get; }

    /// <summary>Gets the seeds, in the order written.</summary>
    public ImmutableArray<ulong> Seeds { get; }

    /// <summary>Gets the grid's axes, the first varying slowest; empty for a sweep over seeds only.</summary>
    public ImmutableArray<UnrestGridAxis> Grid { get; }

    /// <summary>Gets the number of grid points: the product of the axes' lengths (1 with no axis).</summary>
    public int Points => Grid.Aggregate(1, (n, a) => n * a.Values.Length);

    /// <summary>Gets the number of runs: points × seeds.</summary>
    public int Runs => Points * Seeds.Length;

    /// <summary>Parses and checks a sweep's seeds and grid.</summary>
    /// <param name="source">How outputs name the base options' source.</param>
    /// <param name="settings">The base unrest options.</param>
    /// <param name="ticks">The ticks of every run. Range: [0, 1,000,000].</param>
    /// <param name="sweep">The <c>--sweep</c> value, <c>seeds=…</c>.</param>
    /// <param name="grid">The <c>--grid</c> values, <c>NAME=V1,V2,…</c> each.</param>
    /// <returns>The request.</returns>
    /// <exception cref="UserInputException">The text breaks the grammar, names an unknown option, repeats a seed, name or value, or asks for more than <see cref="MaxRuns"/> runs; the message quotes the option and the offending part.</exception>
    public static UnrestSweepRequest Create(string source, ModelSettings settings, int ticks, string sweep, IReadOnlyList<string> grid)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        var (seedsText, seeds) = ParseSeeds(sweep);
        var axes = ImmutableArray.CreateBuilder<UnrestGridAxis>(grid.Count);
        long points = 1;
        foreach (var text in grid)
        {
            var axis = ParseAxis(text);
            if (axes.FirstOrDefault(a => a.Name == axis.Name) is not null)
            {
                throw new UserInputException($"--grid {axis.Name} is given twice; put all its values in one --grid {axis.Name}=V1,V2,….");
            }

            axes.Add(axis);
            points *= axis.Values.Length;
            if (points * seeds.Length > MaxRuns)
            {
                break;
            }
        }

        var runs = points * seeds.Length;
        if (runs > MaxRuns)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"--sweep seeds={seedsText} with {(grid.Count == 0 ? "no --grid" : string.Join(" ", grid.Select(g => "--grid " + g.Trim())))} asks for more than {MaxRuns:N0} runs; split it into several sweeps (each its own --shard-out folder)."));
        }

        return new UnrestSweepRequest(source, settings, ticks, seedsText, seeds, axes.ToImmutable());
    }

    /// <summary>Gets the options of grid point <paramref name="point"/>: <see cref="Settings"/> with the point's value on each axis.</summary>
    /// <param name="point">The point, 0-based. Range: [0, <see cref="Points"/>).</param>
    /// <returns>The point's values, one per axis in axis order, and its settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is out of range.</exception>
    public (ImmutableArray<string> Values, ModelSettings Settings) Point(int point)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(point, Points);
        var values = new string[Grid.Length];
        var settings = Settings;
        var rest = point;
        for (var a = Grid.Length - 1; a >= 0; a--)
        {
            var axis = Grid[a];
            values[a] = axis.Values[rest % axis.Values.Length];
            rest /= axis.Values.Length;
        }

        for (var a = 0; a < Grid.Length; a++)
        {
            settings = settings.With(Grid[a].Name, values[a]);
        }

        return ([.. values], settings);
    }

    /// <summary>Writes the request as compact JSON with a fixed member order: <c>{"format", "source", "settings", "ticks", "seeds", "grid": [{"name", "values"}]}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            w.WriteString("source", Source);
            w.WritePropertyName("settings");
            CanonicalWriter.WriteSettings(w, Settings);
            w.WriteNumber("ticks", Ticks);
            w.WriteString("seeds", SeedsText);
            w.WriteStartArray("grid");
            foreach (var axis in Grid)
            {
                w.WriteStartObject();
                w.WriteString("name", axis.Name);
                w.WriteStartArray("values");
                foreach (var v in axis.Values)
                {
                    w.WriteStringValue(v);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a request written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The request.</returns>
    /// <exception cref="FormatException">The text is not an unrest sweep.</exception>
    public static UnrestSweepRequest FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var r = doc.RootElement;
            if (r.GetProperty("format").GetString() != FormatName)
            {
                throw new FormatException($"Not an unrest sweep: its format is not '{FormatName}'.");
            }

            var grid = r.GetProperty("grid").EnumerateArray()
                .Select(a => a.GetProperty("name").GetString() + "=" + string.Join(",", a.GetProperty("values").EnumerateArray().Select(v => v.GetString())))
                .ToArray();
            return Create(r.GetProperty("source").GetString()!, CanonicalReader.ReadSettings(r.GetProperty("settings")), r.GetProperty("ticks").GetInt32(), "seeds=" + r.GetProperty("seeds").GetString(), grid);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UserInputException or ArgumentException)
        {
            throw new FormatException($"Not an unrest sweep: {ex.Message}", ex);
        }
    }

    private static (string Text, ImmutableArray<ulong> Seeds) ParseSeeds(string sweep)
    {
        var text = sweep.Replace(" ", string.Empty, StringComparison.Ordinal);
        const string Example = "e.g. --sweep seeds=1..100 or --sweep seeds=1,5,9";
        if (!text.StartsWith("seeds=", StringComparison.OrdinalIgnoreCase) || text.Length == "seeds=".Length)
        {
            throw new UserInputException($"--sweep {sweep}: expected seeds=FIRST..LAST or seeds=S1,S2,…, {Example}.");
        }

        var list = text["seeds=".Length..];
        var seeds = new List<ulong>();
        var seen = new HashSet<ulong>();
        foreach (var item in list.Split(','))
        {
            var dots = item.IndexOf("..", StringComparison.Ordinal);
            var first = Seed(dots < 0 ? item : item[..dots]);
            var last = dots < 0 ? first : Seed(item[(dots + 2)..]);
            if (last < first)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--sweep seeds={list}: the range {item} is empty; write the smaller seed first ({last}..{first})."));
            }

            if (last - first >= MaxRuns)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--sweep seeds={list}: the range {item} holds more than {MaxRuns:N0} seeds, the most a sweep may run."));
            }

            for (var s = first; ; s++)
            {
                if (!seen.Add(s))
                {
                    throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--sweep seeds={list}: seed {s} is given twice."));
                }

                seeds.Add(s);
                if (seeds.Count > MaxRuns)
                {
                    throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--sweep seeds={list}: more than {MaxRuns:N0} seeds, the most a sweep may run."));
                }

                if (s == last)
                {
                    break;
                }
            }
        }

        return (list, [.. seeds]);

        ulong Seed(string part) =>
            ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
                ? seed
                : throw new UserInputException($"--sweep seeds={list}: '{part}' is not a seed; a seed is a whole number in [0, {ulong.MaxValue}], a range is FIRST..LAST ({Example}).");
    }

    private static UnrestGridAxis ParseAxis(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new UserInputException($"--grid {text}: expected NAME=V1,V2,…, e.g. --grid legitimacy=0.7,0.8,0.9.");
        }

        var name = text[..eq].Trim().ToLowerInvariant();
        var known = UnrestSettings.Options.Select(o => o.Name).ToArray();
        if (!known.Contains(name, StringComparer.Ordinal))
        {
            var near = NearestName.Find(name, known);
            throw new UserInputException($"--grid {text}: '{name}' is not an unrest option{(near is null ? string.Empty : $" (did you mean {near}?)")}; 'statecraft models' lists them.");
        }

        var values = text[(eq + 1)..].Split(',').Select(v => v.Trim()).ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length == 0)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--grid {text}: value {i + 1} of {values.Length} is empty; separate values with single commas."));
            }

            if (Array.IndexOf(values, values[i]) < i)
            {
                throw new UserInputException($"--grid {text}: the value {values[i]} is given twice.");
            }
        }

        return new UnrestGridAxis(name, [.. values]);
    }
}
