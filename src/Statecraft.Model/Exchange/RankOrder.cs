namespace Statecraft.Model.Exchange;

/// <summary>Orders candidates for realisation: higher rank key first, then lower generation index (MODELS.md §4.8).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class RankOrder : IComparer<(double RankKey, int Generation)>
{
    /// <summary>Gets the single instance.</summary>
    public static RankOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare((double RankKey, int Generation) x, (double RankKey, int Generation) y)
    {
        var byKey = y.RankKey.CompareTo(x.RankKey);
        return byKey != 0 ? byKey : x.Generation.CompareTo(y.Generation);
    }
}
