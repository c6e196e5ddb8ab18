using System.Buffers;

namespace Statecraft.Model.Exchange;

/// <summary>The rank keys every candidate has had in a round, so that equal gains are ordered by their history (§4.8).</summary>
/// <remarks>
/// <para>The reference, with its coin flip off, sorts the whole remaining list by gain before every pick with a stable
/// sort and keeps the list's order between picks. Two candidates of equal gain therefore stay in the order of the gains
/// they had at the previous pick, and so on back to their first gain; only candidates with the same history keep their
/// generation order. This store records, per candidate, a chain of (pick, key) entries: one at generation (pick 0) and
/// one whenever a recomputation after pick r changed the key (pick r); an entry holds from its pick until the next one.
/// <see cref="Compare"/> walks two chains back from the most recent change.</para>
/// <para>Entries live in one append-only table per round, rented from <see cref="ArrayPool{T}.Shared"/> and kept across
/// <see cref="Clear"/>; <see cref="Release"/> returns it. Mutable and not thread-safe.</para>
/// </remarks>
internal sealed class GainHistory
{
    private Entry[] _entries = [];
    private int _count;

    /// <summary>Forgets every entry, keeping the storage.</summary>
    public void Clear() => _count = 0;

    /// <summary>Records a candidate's key from a pick on.</summary>
    /// <param name="previous">The candidate's latest entry, or −1 at generation.</param>
    /// <param name="pick">The number of exchanges realised so far in the round (0 at generation).</param>
    /// <param name="key">The rank key.</param>
    /// <returns>The new entry, now the candidate's latest.</returns>
    public int Add(int previous, int pick, double key)
    {
        if (_count == _entries.Length)
        {
            var bigger = ArrayPool<Entry>.Shared.Rent(Math.Max(1024, _entries.Length * 2));
            _entries.AsSpan(0, _count).CopyTo(bigger);
            Release();
            _entries = bigger;
        }

        _entries[_count] = new Entry(key, pick, previous);
        return _count++;
    }

    /// <summary>Orders two candidates whose current keys are equal by the keys they had at earlier picks, most recent first.</summary>
    /// <param name="x">The first candidate's latest entry, or −1 when histories are not kept.</param>
    /// <param name="y">The second candidate's latest entry, or −1.</param>
    /// <returns>Negative when <paramref name="x"/> comes first, positive when <paramref name="y"/> does, 0 when their histories are the same.</returns>
    public int Compare(int x, int y)
    {
        var entries = _entries;
        while (x >= 0 && y >= 0)
        {
            ref readonly var ex = ref entries[x];
            ref readonly var ey = ref entries[y];
            if (ex.Key != ey.Key)
            {
                return ex.Key > ey.Key ? -1 : 1;
            }

            // Both keys held since the later of the two picks; before it, the one that changed there had its previous key.
            var pick = Math.Max(ex.Pick, ey.Pick);
            if (ex.Pick == pick)
            {
                x = ex.Previous;
            }

            if (ey.Pick == pick)
            {
                y = ey.Previous;
            }
        }

        return 0;
    }

    /// <summary>Returns the storage to the shared pool.</summary>
    public void Release()
    {
        if (_entries.Length > 0)
        {
            ArrayPool<Entry>.Shared.Return(_entries);
            _entries = [];
        }
    }

    private readonly record struct Entry(double Key, int Pick, int Previous);
}
