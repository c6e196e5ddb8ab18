namespace Statecraft.Model.Exchange;

/// <summary>Lists of candidate slots by (actor, issue) key, so that a realised exchange visits only the candidates it can affect (MODELS.md §4.8).</summary>
/// <remarks>The lists keep their storage across <see cref="Clear"/>, so later rounds allocate nothing. Mutable and not thread-safe.</remarks>
internal sealed class CandidateIndex
{
    private readonly int[][] _slots;
    private readonly int[] _counts;

    /// <summary>Creates an index with empty lists.</summary>
    /// <param name="keys">The number of keys (N·D).</param>
    public CandidateIndex(int keys)
    {
        _slots = new int[keys][];
        Array.Fill(_slots, []);
        _counts = new int[keys];
    }

    /// <summary>Empties every list, keeping the storage.</summary>
    public void Clear() => Array.Clear(_counts);

    /// <summary>Appends a slot to a key's list.</summary>
    /// <param name="key">The key, actor·D + issue.</param>
    /// <param name="slot">The candidate slot.</param>
    public void Add(int key, int slot)
    {
        var count = _counts[key];
        if (count == _slots[key].Length)
        {
            Array.Resize(ref _slots[key], Math.Max(8, count * 2));
        }

        _slots[key][count] = slot;
        _counts[key] = count + 1;
    }

    /// <summary>Returns a key's list, to be read and compacted in place.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The slots, in the order they were added (less those removed).</returns>
    public Span<int> Slots(int key) => _slots[key].AsSpan(0, _counts[key]);

    /// <summary>Shortens a key's list after it was compacted in place.</summary>
    /// <param name="key">The key.</param>
    /// <param name="count">The new length.</param>
    public void Truncate(int key, int count) => _counts[key] = count;
}
