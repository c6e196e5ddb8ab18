using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>A small test-only reader of KTAB's SMP CSV layout (§3.18), so the model tests need no format library.</summary>
internal static class KtabCsv
{
    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "data", "ktab", file);

    public static Scenario Load(string file)
    {
        var lines = File.ReadAllLines(DataPath(file)).Where(l => l.Trim().Length > 0).ToArray();
        var head = Cells(lines[0]);
        var n = int.Parse(head[2], CultureInfo.InvariantCulture);
        var dims = int.Parse(head[3], CultureInfo.InvariantCulture);
        var header = Cells(lines[1]);
        var issues = Enumerable.Range(0, dims).Select(d => new Issue($"d{d}", header[3 + (2 * d)], IssueScale.Percent)).ToList();
        var actors = new List<Actor>();
        var stances = new List<Stance>();
        for (var i = 0; i < n; i++)
        {
            var c = Cells(lines[2 + i]);
            actors.Add(new Actor(c[0], c[1], Num(c[2])));
            for (var d = 0; d < dims; d++)
            {
                stances.Add(new Stance(c[0], $"d{d}", Num(c[3 + (2 * d)]), Num(c[4 + (2 * d)]) / 100));
            }
        }

        return new Scenario(new ScenarioMetadata(head[0]), actors, issues, stances);
    }

    private static string[] Cells(string line) => [.. line.Split(',').Select(c => c.Trim().Trim('"').Trim())];

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
