using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>
/// A minimal reader of the decide input format (§4.2) for tests only: tab- or semicolon-separated rows,
/// optional single quotes, tags #A, #P, #M, #D. Power becomes the stance capability override; actors get capability 1.
/// The validating reader lives in Statecraft.Scenarios.
/// </summary>
internal static class DecideTestReader
{
    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "data", "exchange", file);

    public static Scenario Read(string file)
    {
        var actors = new List<Actor>();
        var issues = new List<(string Id, List<double> Marks)>();
        var stances = new List<Stance>();
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(DataPath(file)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var delimiter = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ';';
            rows.Add([.. line.Split(delimiter).Select(f => f.Trim().Trim('\'').Trim())]);
        }

        foreach (var f in rows)
        {
            switch (f[0])
            {
                case "#A":
                    actors.Add(new Actor(f[1], f[2], 1));
                    break;
                case "#P":
                    issues.Add((f[1], []));
                    break;
                case "#M":
                    issues.First(i => i.Id == f[1]).Marks.Add(Number(f[2]));
                    break;
            }
        }

        foreach (var f in rows.Where(r => r[0] == "#D"))
        {
            stances.Add(new Stance(f[1], f[2], Number(f[3]), Number(f[4]), Number(f[5])));
        }

        var built = issues.Select(i => new Issue(i.Id, i.Id, i.Marks.Count == 0 ? IssueScale.Percent : new IssueScale(i.Marks.Min(), i.Marks.Max())));
        return new Scenario(new ScenarioMetadata(file), actors, built, stances);
    }

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
