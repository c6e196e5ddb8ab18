namespace Statecraft.Model.Exchange;

/// <summary>A binary max-heap of candidate slots ordered by rank key (descending), then generation index (ascending) (MODELS.md §4.8).</summary>
/// <remarks>
/// Entries carry the candidate's version when queued; a recomputed candidate is queued again under a new version and
/// its older entries are skipped when they surface (lazy deletion). Which current entry comes out first depends only on
/// (rank key, generation), a strict order, never on the heap's layout. The storage is kept across <see cref="Clear"/>.
/// Mutable and not thread-safe.
/// </remarks>
internal sealed class CandidateHeap
{
    private Entry[] _entries = new Entry[1024];
    private int _count;

    /// <summary>Empties the heap, keeping its storage.</summary>
    public void Clear() => _count = 0;

    /// <summary>Queues a candidate under its current version and rank key.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="slot">Its slot in the candidate table.</param>
    public void Push(in ExchangeCandidate candidate, int slot)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        var entry = new Entry(candidate.RankKey, candidate.Generation, candidate.Version, slot);
        var entries = _entries;
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(entry, entries[parent]))
            {
                break;
            }

            entries[i] = entries[parent];
            i = parent;
        }

        entries[i] = entry;
    }

    /// <summary>Removes and returns the best candidate that is alive and whose entry is current.</summary>
    /// <param name="candidates">The candidate table the slots refer to.</param>
    /// <returns>The candidate's slot, or −1 when none is left.</returns>
    public int PopCurrent(ExchangeCandidate[] candidates)
    {
        while (_count > 0)
        {
            var top = _entries[0];
            var last = _entries[--_count];
            if (_count > 0)
            {
                SiftDown(last);
            }

            ref readonly var candidate = ref candidates[top.Slot];
            if (candidate.Alive && candidate.Version == top.Version)
            {
                return top.Slot;
            }
        }

        return -1;
    }

    private void SiftDown(Entry entry)
    {
        var entries = _entries;
        var count = _count;
        var i = 0;
        var half = count >> 1;
        while (i < half)
        {
            var child = (2 * i) + 1;
            if (child + 1 < count && Before(entries[child + 1], entries[child]))
            {
                child++;
            }

            if (!Before(entries[child], entry))
            {
                break;
            }

            entries[i] = entries[child];
            i = child;
        }

        entries[i] = entry;
    }

    private static bool Before(in Entry a, in Entry b) =>
        a.RankKey > b.RankKey || (a.RankKey == b.RankKey && a.Generation < b.Generation);

    private readonly record struct Entry(double RankKey, int Generation, int Version, int Slot);
}
