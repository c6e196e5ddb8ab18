using System.Buffers;

namespace Statecraft.Model.Exchange;

/// <summary>
/// An indexed binary max-heap of candidate slots ordered by rank key (descending), then by gain history (see
/// <see cref="GainHistory"/>), then generation index (ascending) (§4.8).
/// </summary>
/// <remarks>
/// <para>The heap holds exactly the candidates in play, each once, and knows where each slot sits, so a recomputed
/// candidate is moved from its place (<see cref="Update"/>) and a dropped one taken out (<see cref="Remove"/>). Most
/// entries live near the bottom of the heap, so these are short walks; a heap with lazy deletion would instead carry
/// every stale entry to the top and sift the whole depth once per recomputation.</para>
/// <para>(rank key, history, generation) is a strict order (generation indices are unique in a round), so which
/// candidate comes out first never depends on the heap's layout. Two candidates' order changes only when one of them
/// gets a new key, and that candidate is then moved (<see cref="Update"/>), so the heap stays ordered. The storage comes from <see cref="ArrayPool{T}.Shared"/>, is kept
/// across <see cref="Clear"/> and goes back with <see cref="Release"/>. Mutable and not thread-safe.</para>
/// </remarks>
internal sealed class CandidateHeap
{
    private readonly GainHistory _history;
    private Entry[] _entries = [];
    private int[] _positions = [];
    private int _count;

    /// <summary>Creates an empty heap.</summary>
    /// <param name="history">The round's gain histories, which order equal keys.</param>
    public CandidateHeap(GainHistory history) => _history = history;

    /// <summary>Gets the number of candidates queued.</summary>
    public int Count => _count;

    /// <summary>Empties the heap, keeping its storage.</summary>
    public void Clear() => _count = 0;

    /// <summary>Queues a candidate that is not in the heap.</summary>
    /// <param name="slot">Its slot in the candidate table.</param>
    /// <param name="rankKey">Its rank key.</param>
    /// <param name="generation">Its generation index.</param>
    /// <param name="history">Its latest gain-history entry, or −1 when equal keys go by generation index alone.</param>
    public void Push(int slot, double rankKey, int generation, int history)
    {
        if (_count == _entries.Length)
        {
            Grow(ref _entries, _count + 1);
        }

        if (slot >= _positions.Length)
        {
            Grow(ref _positions, slot + 1);
        }

        SiftUp(_count++, new Entry(rankKey, generation, slot, history));
    }

    /// <summary>Gives a queued candidate a new rank key and moves it to its place.</summary>
    /// <param name="slot">The candidate's slot.</param>
    /// <param name="rankKey">The new rank key.</param>
    /// <param name="history">Its latest gain-history entry, or −1.</param>
    public void Update(int slot, double rankKey, int history)
    {
        var i = _positions[slot];
        var entry = _entries[i] with { RankKey = rankKey, History = history };
        if (i > 0 && Before(entry, _entries[(i - 1) >> 1]))
        {
            SiftUp(i, entry);
        }
        else
        {
            SiftDown(i, entry);
        }
    }

    /// <summary>Takes a queued candidate out of the heap.</summary>
    /// <param name="slot">The candidate's slot.</param>
    public void Remove(int slot)
    {
        var i = _positions[slot];
        var last = _entries[--_count];
        if (i == _count)
        {
            return;
        }

        if (i > 0 && Before(last, _entries[(i - 1) >> 1]))
        {
            SiftUp(i, last);
        }
        else
        {
            SiftDown(i, last);
        }
    }

    /// <summary>Removes and returns the best candidate.</summary>
    /// <returns>Its slot, or −1 when the heap is empty.</returns>
    public int Pop()
    {
        if (_count == 0)
        {
            return -1;
        }

        var top = _entries[0].Slot;
        var last = _entries[--_count];
        if (_count > 0)
        {
            SiftDown(0, last);
        }

        return top;
    }

    /// <summary>Returns the storage to the shared pool; the heap is empty afterwards.</summary>
    public void Release()
    {
        Return(ref _entries);
        Return(ref _positions);
        _count = 0;
    }

    private static void Grow<T>(ref T[] array, int minimum)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(minimum, Math.Max(1024, array.Length * 2)));
        array.CopyTo(bigger, 0);
        Return(ref array);
        array = bigger;
    }

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
            array = [];
        }
    }

    private void SiftUp(int i, Entry entry)
    {
        var entries = _entries;
        var positions = _positions;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(entry, entries[parent]))
            {
                break;
            }

            entries[i] = entries[parent];
            positions[entries[i].Slot] = i;
            i = parent;
        }

        entries[i] = entry;
        positions[entry.Slot] = i;
    }

    private void SiftDown(int i, Entry entry)
    {
        var entries = _entries;
        var positions = _positions;
        var count = _count;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Before(entries[child + 1], entries[child]))
            {
                child++;
            }

            if (!Before(entries[child], entry))
            {
                break;
            }

            entries[i] = entries[child];
            positions[entries[i].Slot] = i;
            i = child;
        }

        entries[i] = entry;
        positions[entry.Slot] = i;
    }

    private bool Before(in Entry a, in Entry b)
    {
        if (a.RankKey != b.RankKey)
        {
            return a.RankKey > b.RankKey;
        }

        var order = _history.Compare(a.History, b.History);
        return order < 0 || (order == 0 && a.Generation < b.Generation);
    }

    private readonly record struct Entry(double RankKey, int Generation, int Slot, int History);
}
