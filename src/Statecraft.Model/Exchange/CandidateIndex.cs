using System.Buffers;

namespace Statecraft.Model.Exchange;

/// <summary>Lists of candidate slots by (actor, issue) key, so that a realised exchange visits only the candidates it can affect (§4.8).</summary>
/// <remarks>
/// <para>Built once per round after candidate generation, as one flat array of slots grouped by key (compressed rows):
/// <see cref="Reset"/>, <see cref="Count"/> every (key, slot) pair, <see cref="Allocate"/>, then <see cref="Place"/>
/// the same pairs in the same order. Each key's list keeps the order of placement; lists only shrink afterwards
/// (<see cref="Truncate"/>).</para>
/// <para>The slot array comes from <see cref="ArrayPool{T}.Shared"/> and is reused across rounds; <see cref="Release"/>
/// returns it. Mutable and not thread-safe.</para>
/// </remarks>
internal sealed class CandidateIndex
{
    private readonly int[] _start;
    private readonly int[] _counts;
    private int[] _slots = [];

    /// <summary>Creates an empty index.</summary>
    /// <param name="keys">The number of keys (N·D).</param>
    public CandidateIndex(int keys)
    {
        _start = new int[keys];
        _counts = new int[keys];
    }

    /// <summary>Empties every list before a new build.</summary>
    public void Reset() => Array.Clear(_counts);

    /// <summary>Counts one entry of a key (first pass).</summary>
    /// <param name="key">The key, actor·D + issue.</param>
    public void Count(int key) => _counts[key]++;

    /// <summary>Lays out the lists from the counts (between the passes).</summary>
    public void Allocate()
    {
        var total = 0;
        for (var key = 0; key < _counts.Length; key++)
        {
            _start[key] = total;
            total += _counts[key];
            _counts[key] = 0;
        }

        if (_slots.Length < total)
        {
            Release();
            _slots = ArrayPool<int>.Shared.Rent(total);
        }
    }

    /// <summary>Appends a slot to a key's list (second pass).</summary>
    /// <param name="key">The key.</param>
    /// <param name="slot">The candidate slot.</param>
    public void Place(int key, int slot) => _slots[_start[key] + _counts[key]++] = slot;

    /// <summary>Returns a key's list, to be read and compacted in place.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The slots, in the order they were placed (less those removed).</returns>
    public Span<int> Slots(int key) => _slots.AsSpan(_start[key], _counts[key]);

    /// <summary>Shortens a key's list after it was compacted in place.</summary>
    /// <param name="key">The key.</param>
    /// <param name="count">The new length.</param>
    public void Truncate(int key, int count) => _counts[key] = count;

    /// <summary>Returns the slot array to the shared pool.</summary>
    public void Release()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_slots);
            _slots = [];
        }
    }
}
