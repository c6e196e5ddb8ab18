using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Statecraft.Model.Unrest;

/// <summary>Per-site counts on a torus, stored with a wrapped halo so that every vision row is one contiguous segment.</summary>
/// <remarks>
/// <para>Each map is a byte per site (counts stay far below 16). Row y of the torus is stored at
/// <c>y·Stride + Pad + x</c>; the <c>Pad</c> columns on either side mirror the opposite edge, so a segment
/// [x − h, x + h] with h ≤ Pad is contiguous and can be summed with 16-byte vector loads and a length mask.</para>
/// <para>Mutable and not thread-safe; owned by one <see cref="UnrestWorld"/>.</para>
/// </remarks>
[Mutable("Struct-of-arrays storage updated in place by the simulation step.")]
internal sealed class Lattice
{
    private static readonly Vector128<byte>[] s_masks = BuildMasks();

    public Lattice(int width, int height, int pad)
    {
        Width = width;
        Height = height;
        Pad = pad;
        Stride = width + (2 * pad);
        var length = (height * Stride) + 32;
        Occupied = new byte[length];
        Cops = new byte[length];
        Actives = new byte[length];
        Free = new byte[length];
        ArrestMarks = new byte[length];
    }

    private Lattice(Lattice other)
    {
        Width = other.Width;
        Height = other.Height;
        Pad = other.Pad;
        Stride = other.Stride;
        Occupied = (byte[])other.Occupied.Clone();
        Cops = (byte[])other.Cops.Clone();
        Actives = (byte[])other.Actives.Clone();
        Free = (byte[])other.Free.Clone();
        ArrestMarks = (byte[])other.ArrestMarks.Clone();
    }

    public int Width { get; }

    public int Height { get; }

    public int Pad { get; }

    public int Stride { get; }

    /// <summary>Gets the blocking actors per site (free agents and cops, and jailed agents that block their cell).</summary>
    public byte[] Occupied { get; }

    /// <summary>Gets the cops per site.</summary>
    public byte[] Cops { get; }

    /// <summary>Gets the free active agents per site.</summary>
    public byte[] Actives { get; }

    /// <summary>Gets the free agents (quiet or active) per site.</summary>
    public byte[] Free { get; }

    /// <summary>Gets the arrests made at each site during the current tick (used by local-scope legitimacy only).</summary>
    public byte[] ArrestMarks { get; }

    public Lattice Clone() => new(this);

    /// <summary>Returns the storage index of site (x, y), with 0 ≤ x &lt; Width, 0 ≤ y &lt; Height.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Index(int x, int y) => (y * Stride) + Pad + x;

    /// <summary>Adds <paramref name="delta"/> to the count of (x, y) in <paramref name="map"/>, keeping the halo in step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte[] map, int x, int y, int delta)
    {
        var row = y * Stride;
        map[row + Pad + x] = (byte)(map[row + Pad + x] + delta);
        if (x < Pad)
        {
            map[row + Pad + Width + x] = (byte)(map[row + Pad + Width + x] + delta);
        }

        if (x >= Width - Pad)
        {
            map[row + x - (Width - Pad)] = (byte)(map[row + x - (Width - Pad)] + delta);
        }
    }

    /// <summary>Wraps an x coordinate that is at most one width off the lattice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WrapX(int x) => x < 0 ? x + Width : x >= Width ? x - Width : x;

    /// <summary>Wraps a y coordinate that is at most one height off the lattice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WrapY(int y) => y < 0 ? y + Height : y >= Height ? y - Height : y;

    /// <summary>Sums <paramref name="map"/> over the closed neighbourhood of (x, y), the own site included.</summary>
    public int SumClosed(byte[] map, int x, int y, VisionNeighbourhood vision)
    {
        var reach = vision.Reach;
        var half = vision.RowHalfWidths.AsSpan();
        ref var origin = ref MemoryMarshal.GetArrayDataReference(map);
        var masks = s_masks;
        var total = 0;
        var acc = Vector128<byte>.Zero;
        var pending = 0;
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
                if (length < 16)
                {
                    v &= masks[length];
                }

                acc += v;
                start += 16;
                length -= 16;
                if (++pending == 16)
                {
                    total += HorizontalSum(acc);
                    acc = Vector128<byte>.Zero;
                    pending = 0;
                }
            }
        }

        return total + HorizontalSum(acc);
    }

    /// <summary>Returns the count of <paramref name="map"/> at (x, y).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int At(byte[] map, int x, int y) => map[(y * Stride) + Pad + x];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HorizontalSum(Vector128<byte> v)
    {
        var (lower, upper) = Vector128.Widen(v);
        return Vector128.Sum(lower + upper);
    }

    private static Vector128<byte>[] BuildMasks()
    {
        var masks = new Vector128<byte>[16];
        Span<byte> bytes = stackalloc byte[16];
        for (var n = 0; n < 16; n++)
        {
            for (var k = 0; k < 16; k++)
            {
                bytes[k] = k < n ? byte.MaxValue : (byte)0;
            }

            masks[n] = Vector128.Create<byte>(bytes);
        }

        return masks;
    }
}
