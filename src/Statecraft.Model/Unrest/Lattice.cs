using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Statecraft.Model.Unrest;

/// <summary>Per-site counts on a torus, packed four to a 16-bit cell and stored with a wrapped halo so that every vision row is one contiguous segment.</summary>
/// <remarks>
/// <para>Each cell holds four 4-bit counts: blocking actors (<see cref="Occupied"/>), cops, free actives and free
/// agents. Counts stay far below 16: a site holds at most one free actor, plus the jailed agents the on-lattice jail
/// variants leave there. Keeping all four in one cell means a vision row is read once, from one cache line, for
/// every count an activation needs.</para>
/// <para>Row y of the torus is stored at <c>y·Stride + Pad + x</c>; the <c>Pad</c> columns on either side mirror the
/// opposite edge, so a segment [x − h, x + h] with h ≤ Pad is contiguous and is summed with 8-lane vector loads and a
/// length mask.</para>
/// <para>Mutable and not thread-safe; owned by one <see cref="UnrestWorld"/>.</para>
/// </remarks>
[Mutable("Packed per-site counts updated in place by the simulation step.")]
internal sealed class Lattice
{
    public const int Occupied = 0;
    public const int Cops = 4;
    public const int Actives = 8;
    public const int Free = 12;

    private static readonly Vector128<ushort>[] Masks = BuildMasks();

    public Lattice(int width, int height, int pad)
    {
        Width = width;
        Height = height;
        Pad = pad;
        Stride = width + (2 * pad);
        Cells = new ushort[(height * Stride) + 16];
        ArrestMarks = new ushort[(height * Stride) + 16];
    }

    private Lattice(Lattice other)
    {
        Width = other.Width;
        Height = other.Height;
        Pad = other.Pad;
        Stride = other.Stride;
        Cells = (ushort[])other.Cells.Clone();
        ArrestMarks = (ushort[])other.ArrestMarks.Clone();
    }

    public int Width { get; }

    public int Height { get; }

    public int Pad { get; }

    public int Stride { get; }

    /// <summary>Gets the packed counts: occupied (bits 0–3), cops (4–7), free actives (8–11), free agents (12–15).</summary>
    public ushort[] Cells { get; }

    /// <summary>Gets the arrests made at each site during the current tick, in bits 0–3 (local-scope legitimacy only).</summary>
    public ushort[] ArrestMarks { get; }

    public Lattice Clone() => new(this);

    /// <summary>Returns the storage index of site (x, y), with x at most one width off the lattice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Index(int x, int y) => (y * Stride) + Pad + x;

    /// <summary>Returns whether no blocking actor stands on storage cell <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsEmpty(int index) => (Cells[index] & 0xF) == 0;

    /// <summary>Adds <paramref name="delta"/> to the count at bit <paramref name="field"/> of (x, y), keeping the halo in step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int field, int x, int y, int delta) => Add(Cells, field, x, y, delta);

    /// <summary>Adds <paramref name="delta"/> to the count at bit <paramref name="field"/> of (x, y) in <paramref name="map"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ushort[] map, int field, int x, int y, int delta)
    {
        var step = delta << field;
        var row = y * Stride;
        map[row + Pad + x] = (ushort)(map[row + Pad + x] + step);
        if (x < Pad)
        {
            map[row + Pad + Width + x] = (ushort)(map[row + Pad + Width + x] + step);
        }

        if (x >= Width - Pad)
        {
            map[row + x - (Width - Pad)] = (ushort)(map[row + x - (Width - Pad)] + step);
        }
    }

    /// <summary>Wraps an x coordinate that is at most one width off the lattice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WrapX(int x) => x < 0 ? x + Width : x >= Width ? x - Width : x;

    /// <summary>Wraps a y coordinate that is at most one height off the lattice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WrapY(int y) => y < 0 ? y + Height : y >= Height ? y - Height : y;

    /// <summary>Counts the cells with no blocking actor among the <paramref name="length"/> cells from storage index <paramref name="start"/>.</summary>
    public int CountEmpty(int start, int length)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(Cells);
        var nibble = Vector128.Create((ushort)0xF);
        var count = 0;
        while (length > 0)
        {
            var v = Vector128.LoadUnsafe(ref origin, (nuint)start);
            var empty = Vector128.Equals(v & nibble, Vector128<ushort>.Zero).ExtractMostSignificantBits();
            if (length < 8)
            {
                empty &= (1u << length) - 1;
            }

            count += BitOperations.PopCount(empty);
            start += 8;
            length -= 8;
        }

        return count;
    }

    /// <summary>Returns the count at bit <paramref name="field"/> of (x, y).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int At(int field, int x, int y) => (Cells[(y * Stride) + Pad + x] >> field) & 0xF;

    /// <summary>Sums one count over the closed neighbourhood of (x, y), the own site included.</summary>
    public int SumClosed(int field, int x, int y, VisionNeighbourhood vision) => SumClosed(Cells, field, x, y, vision);

    /// <summary>Sums one count of <paramref name="map"/> over the closed neighbourhood of (x, y), the own site included.</summary>
    public int SumClosed(ushort[] map, int field, int x, int y, VisionNeighbourhood vision)
    {
        var (first, _) = SumTwo(map, field, field, x, y, vision);
        return first;
    }

    /// <summary>Sums two counts over the closed neighbourhood of (x, y) in one pass over the rows.</summary>
    public (int First, int Second) SumTwo(ushort[] map, int first, int second, int x, int y, VisionNeighbourhood vision)
    {
        var reach = vision.Reach;
        var half = vision.RowHalfWidths.AsSpan();
        ref var origin = ref MemoryMarshal.GetArrayDataReference(map);
        var masks = Masks;
        var nibble = Vector128.Create((ushort)0xF);
        var accA = Vector128<ushort>.Zero;
        var accB = Vector128<ushort>.Zero;
        int totalA = 0, totalB = 0, pending = 0;
        for (var dy = -reach; dy <= reach; dy++)
        {
            var yy = y + dy;
            if (yy < 0)
            {
                yy += Height;
            }
            else if (yy >= Height)
            {
                yy -= Height;
            }

            var h = half[dy + reach];
            var start = (yy * Stride) + Pad + x - h;
            var length = (2 * h) + 1;
            while (length > 0)
            {
                var v = Vector128.LoadUnsafe(ref origin, (nuint)start);
                if (length < 8)
                {
                    v &= masks[length];
                }

                accA += Vector128.ShiftRightLogical(v, first) & nibble;
                accB += Vector128.ShiftRightLogical(v, second) & nibble;
                start += 8;
                length -= 8;

                // A lane gains at most 15 per load: flushing every 256 loads keeps it below 2^16.
                if (++pending == 256)
                {
                    (totalA, totalB, pending) = (totalA + Sum(accA), totalB + Sum(accB), 0);
                    (accA, accB) = (Vector128<ushort>.Zero, Vector128<ushort>.Zero);
                }
            }
        }

        return (totalA + Sum(accA), totalB + Sum(accB));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Sum(Vector128<ushort> v)
    {
        var (lower, upper) = Vector128.Widen(v);
        return (int)Vector128.Sum(lower + upper);
    }

    private static Vector128<ushort>[] BuildMasks()
    {
        var masks = new Vector128<ushort>[8];
        Span<ushort> lanes = stackalloc ushort[8];
        for (var n = 0; n < 8; n++)
        {
            for (var k = 0; k < 8; k++)
            {
                lanes[k] = k < n ? ushort.MaxValue : (ushort)0;
            }

            masks[n] = Vector128.Create<ushort>(lanes);
        }

        return masks;
    }
}
