using System.Globalization;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>A small test-only reader of the comma-separated files in tests/data/bdm (no quoting is used there).</summary>
internal static class BdmCsv
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "data", "bdm", file);

    /// <summary>Reads a table as rows of column name → text.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(PathOf(file)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l =>
        {
            var cells = l.Split(',');
            return (IReadOnlyDictionary<string, string>)header.Select((h, k) => (h, v: k < cells.Length ? cells[k] : "")).ToDictionary(t => t.h, t => t.v);
        })];
    }

    /// <summary>Reads an actor table with columns Actor, Capability, Position, Salience.</summary>
    public static BdmActors Actors(string file)
    {
        var rows = Rows(file);
        return new BdmActors(
            [.. rows.Select(r => r["Actor"])],
            [.. rows.Select(r => Number(r["Capability"]))],
            [.. rows.Select(r => Number(r["Position"]))],
            [.. rows.Select(r => Number(r["Salience"]))]);
    }

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>An actor table as parallel arrays.</summary>
internal sealed record BdmActors(string[] Ids, double[] Capabilities, double[] Positions, double[] Saliences)
{
    public int Count => Ids.Length;

    public double[] Weights() => [.. Capabilities.Zip(Saliences, (c, s) => c * s)];

    public int IndexOf(string id) => Array.IndexOf(Ids, id);
}
