namespace Statecraft.Model.Exchange;

/// <summary>A binary max-heap of candidates ordered by rank key (descending), then generation index (ascending) (MODELS.md §4.8).</summary>
/// <remarks>
/// Entries carry the candidate's version when queued; a recomputed candidate is queued again under a new version and
/// its older entries are skipped when they surface (lazy deletion). Mutable and not thread-safe.
/// </remarks>
internal sealed class CandidateHeap
{
    private Entry[] _entries = new Entry[256];
    private int _count;

    /// <summary>Queues a candidate under its current version and rank key.</summary>
    /// <param name="candidate">The candidate.</param>
    public void Push(ExchangeCandidate candidate)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        var entry = new Entry(candidate.RankKey, candidate.Generation, candidate.Version, candidate);
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(entry, _entries[parent]))
            {
                break;
            }

            _entries[i] = _entries[parent];
            i = parent;
        }

        _entries[i] = entry;
    }

    /// <summary>Removes and returns the best candidate that is alive and whose entry is current.</summary>
    /// <returns>The candidate, or <see langword="null"/> when none is left.</returns>
    public ExchangeCandidate? PopCurrent()
    {
        while (_count > 0)
        {
            var top = _entries[0];
            var last = _entries[--_count];
            _entries[_count] = default;
            if (_count > 0)
            {
                SiftDown(last);
            }

            if (top.Candidate.Alive && top.Candidate.Version == top.Version)
            {
                return top.Candidate;
            }
        }

        return null;
    }

    private void SiftDown(Entry entry)
    {
        var i = 0;
        var half = _count >> 1;
        while (i < half)
        {
            var child = (2 * i) + 1;
            if (child + 1 < _count && Before(_entries[child + 1], _entries[child]))
            {
                child++;
            }

            if (!Before(_entries[child], entry))
            {
                break;
            }

            _entries[i] = _entries[child];
            i = child;
        }

        _entries[i] = entry;
    }

    private static bool Before(in Entry a, in Entry b) =>
        a.RankKey > b.RankKey || (a.RankKey == b.RankKey && a.Generation < b.Generation);

    private readonly record struct Entry(double RankKey, int Generation, int Version, ExchangeCandidate Candidate);
}
