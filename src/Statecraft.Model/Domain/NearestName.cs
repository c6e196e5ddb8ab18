namespace Statecraft.Model.Domain;

/// <summary>Finds the candidate nearest to a misspelt name by edit distance, for "did you mean" hints.</summary>
/// <remarks>Stateless and thread-safe. Uses the optimal-string-alignment (restricted Damerau–Levenshtein) distance, case-insensitive; a suggestion is made only when the distance is at most
/// a third of the longer name's length (at least 1, at most 3) and less than that length, so unrelated names (and
/// one-letter names for other one-letter names) are not suggested. The distance is at least the difference in length, so
/// a candidate more than 3 characters longer or shorter is never computed: a name of megabytes costs no more than its
/// length, not its length times every candidate's.</remarks>
public static class NearestName
{
    /// <summary>Returns the candidate nearest to <paramref name="name"/>, when it is near enough to be a likely misspelling.</summary>
    /// <param name="name">The name as given.</param>
    /// <param name="candidates">The valid names.</param>
    /// <returns>The nearest valid name, or <see langword="null"/> when none is near.</returns>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        const int MaxSuggestedDistance = 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        var upper = name.ToUpperInvariant();
        foreach (var c in candidates.Where(c => Math.Abs(c.Length - name.Length) <= MaxSuggestedDistance))
        {
            var d = Distance(upper, c.ToUpperInvariant());
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

        var limit = Math.Clamp(Math.Max(name.Length, best.Length) / 3, 1, MaxSuggestedDistance);
        return bestDistance <= limit && bestDistance < Math.Max(name.Length, best.Length) ? best : null;
    }

    /// <summary>The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions
    /// (USA → UAS is 1) each cost 1.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other name.</param>
    /// <returns>The distance.</returns>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
