using Statecraft.Model.Randomness;

namespace Statecraft.Model.Unrest;

/// <content>The random activation order of a tick and the prefetching that walks ahead of it (§5.9).</content>
internal sealed partial class UnrestWorld
{
    // Below this many actors every array fits in the cache and the hints only cost instructions.
    private const int PrefetchFromActors = 16_384;

    // Fisher–Yates draws taken ahead of their swaps, so that the swapped entries can be prefetched.
    private const int ShuffleBatch = 32;

    // How many activations ahead the kernel asks for an actor's fields (far) and then, with its site known, for
    // the lattice around it (near); far must exceed near so the site has arrived when near reads it.
    private const int FarAhead = 24;
    private const int NearAhead = 10;

    private const int MaxPrefetchReach = 8;

    /// <summary>Fills <paramref name="order"/> with 0 … n − 1 and shuffles it (Fisher–Yates, k from n − 1 down to 1, j = NextInt(k + 1)).</summary>
    /// <remarks>The draws are taken in batches before their swaps; no other draw intervenes, so the permutation is the one the plain loop gives.</remarks>
    private static void Shuffle<TRandom>(Span<int> order, TRandom rng, bool prefetch)
        where TRandom : struct, IRandomSource
    {
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        Span<int> draws = stackalloc int[ShuffleBatch];
        for (var k = order.Length - 1; k > 0;)
        {
            var n = Math.Min(ShuffleBatch, k);
            for (var b = 0; b < n; b++)
            {
                draws[b] = rng.NextInt(k - b + 1);
                if (prefetch)
                {
                    Prefetch.Line(ref order[draws[b]]);
                }
            }

            for (var b = 0; b < n; b++)
            {
                var j = draws[b];
                (order[k - b], order[j]) = (order[j], order[k - b]);
            }

            k -= n;
        }
    }

    /// <summary>Hints the cache lines that the activations <see cref="FarAhead"/> and <see cref="NearAhead"/> steps after <paramref name="k"/> will read.</summary>
    private void PrefetchAhead(ReadOnlySpan<int> order, int k)
    {
        var agents = Agents;
        if (k + FarAhead < order.Length)
        {
            var id = order[k + FarAhead];
            if (id < agents)
            {
                Prefetch.Line(ref _state[id]);
                Prefetch.Line(ref _x[id]);
                Prefetch.Line(ref _y[id]);
                Prefetch.Line(ref _hardship[id]);
                if (_siteLists)
                {
                    Prefetch.Line(ref _next[id]);
                }
            }
            else if (id - agents < CopCount)
            {
                Prefetch.Line(ref _copX[id - agents]);
                Prefetch.Line(ref _copY[id - agents]);
            }
        }

        if (k + NearAhead >= order.Length)
        {
            return;
        }

        var near = order[k + NearAhead];
        int x, y;
        if (near < agents)
        {
            x = _x[near];
            y = _y[near];
            if (x < 0 || _state[near] == Jailed)
            {
                return;
            }

            if (_siteLists)
            {
                Prefetch.Line(ref _head[(y * _options.Width) + x]);
            }

            // Only an agent whose grievance exceeds T sums its vision; the rows would be wasted on the others, whose
            // move reads a few cells at random (L changes only between ticks, so the test is the one ActAgent makes).
            if (!(GrievanceOf(near) > _options.Threshold))
            {
                return;
            }

            Prefetch.Line(ref _riskAversion[near]);
        }
        else
        {
            x = _copX[near - agents];
            y = _copY[near - agents];
        }

        var cells = _lattice.Cells;
        // Rows beyond a modest reach cost more hints than they save.
        var reach = Math.Min(_lattice.Pad, MaxPrefetchReach);
        for (var dy = -reach; dy <= reach; dy++)
        {
            Prefetch.Line(ref cells[_lattice.Index(x, _lattice.WrapY(y + dy))]);
        }
    }
}
