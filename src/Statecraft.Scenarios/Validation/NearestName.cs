namespace Statecraft.Scenarios.Validation;

/// <summary>Finds the candidate nearest to a misspelt name by edit distance, for "did you mean" hints.</summary>
/// <remarks>Uses the Levenshtein distance, case-insensitive; a suggestion is made only when the distance is at most
/// a third of the longer name's length (at least 1, at most 3), so unrelated names are not suggested.</remarks>
internal static class NearestName
{
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(name.ToUpperInvariant(), c.ToUpperInvariant());
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        if (best is null)
        {
            return null;
        }

        var limit = Math.Clamp(Math.Max(name.Length, best.Length) / 3, 1, 3);
        return bestDistance <= limit ? best : null;
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
