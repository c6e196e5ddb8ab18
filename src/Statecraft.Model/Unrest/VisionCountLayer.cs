using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Statecraft.Model.Unrest;

/// <summary>For every site of a torus, the cops and free actives in the closed vision neighbourhood of that site, kept current as actors come and go.</summary>
/// <remarks>
/// <para>Rule A needs, for the activating agent, C and A over its vision (MODELS.md §5.4, §5.8). Instead of summing
/// the ≈ 150 cells of a radius-7 disc at every activation, this layer holds the sums for every site and adds ±1 over
/// the neighbourhood of a site whenever a cop or an active appears there or leaves it. Every supported metric is
/// symmetric (a site sees s exactly when s sees it), so the sum at a site is the count that an agent standing there
/// sees, own site included. The sums are integers, so they equal the direct count exactly at every moment; quiet
/// agents' moves cost nothing.</para>
/// <para>Each site holds one 32-bit word: cops in bits 0–15, free actives in bits 16–31. <see cref="Fits"/> says when
/// the neighbourhood is small enough for 16-bit sums; larger visions fall back to direct counting.</para>
/// <para>Storage is row-major without a halo (index y·width + x). Mutable and not thread-safe; owned by one
/// <see cref="UnrestWorld"/>.</para>
/// </remarks>
[Mutable("Per-site vision sums updated in place by the simulation step.")]
internal sealed class VisionCountLayer
{
    private const int ActiveShift = 16;

    private readonly uint[] _counts;
    private readonly int[] _halfWidths;

    public VisionCountLayer(int width, int height, VisionNeighbourhood vision)
    {
        ArgumentNullException.ThrowIfNull(vision);
        if (!Fits(vision))
        {
            throw new ArgumentOutOfRangeException(nameof(vision), vision.Radius, "The neighbourhood is too large for 16-bit vision sums.");
        }

        Width = width;
        Height = height;
        Reach = vision.Reach;
        _halfWidths = [.. vision.RowHalfWidths];
        _counts = new uint[width * height];
    }

    private VisionCountLayer(VisionCountLayer other)
    {
        Width = other.Width;
        Height = other.Height;
        Reach = other.Reach;
        _halfWidths = other._halfWidths;
        _counts = (uint[])other._counts.Clone();
    }

    public int Width { get; }

    public int Height { get; }

    public int Reach { get; }

    /// <summary>Returns whether the sums over <paramref name="vision"/>'s closed neighbourhood stay below 2^16 (at most 15 actors of a kind per site).</summary>
    public static bool Fits(VisionNeighbourhood vision) => 15L * (vision.CellCount + 1) <= ushort.MaxValue;

    public VisionCountLayer Clone() => new(this);

    /// <summary>Returns the cops in the closed neighbourhood of storage site <paramref name="site"/> (y·width + x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Cops(int site) => (int)(_counts[site] & 0xFFFF);

    /// <summary>Returns the free actives in the closed neighbourhood of storage site <paramref name="site"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Actives(int site) => (int)(_counts[site] >> ActiveShift);

    /// <summary>Returns the raw word of <paramref name="site"/>: cops in bits 0–15, actives in bits 16–31.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Word(int site) => _counts[site];

    /// <summary>Gets a reference to the word of <paramref name="site"/>, for prefetching.</summary>
    public ref uint WordRef(int site) => ref _counts[site];

    /// <summary>Records <paramref name="delta"/> cops appearing at (x, y).</summary>
    public void AddCop(int x, int y, int delta) => Spread(x, y, unchecked((uint)delta));

    /// <summary>Records <paramref name="delta"/> free actives appearing at (x, y).</summary>
    public void AddActive(int x, int y, int delta) => Spread(x, y, unchecked((uint)delta << ActiveShift));

    // Adds step (two's complement for removals; no field ever goes negative, so no borrow crosses fields) over every
    // row segment [x − h, x + h] of the neighbourhood, split in two where it wraps.
    private void Spread(int x, int y, uint step)
    {
        var width = Width;
        ref var origin = ref MemoryMarshal.GetArrayDataReference(_counts);
        var half = _halfWidths;
        for (var dy = -Reach; dy <= Reach; dy++)
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

            var h = half[dy + Reach];
            var row = yy * width;
            var left = x - h;
            var right = x + h;
            if (left < 0)
            {
                AddRun(ref Unsafe.Add(ref origin, row + left + width), -left, step);
                AddRun(ref Unsafe.Add(ref origin, row), right + 1, step);
            }
            else if (right >= width)
            {
                AddRun(ref Unsafe.Add(ref origin, row + left), width - left, step);
                AddRun(ref Unsafe.Add(ref origin, row), right - width + 1, step);
            }
            else
            {
                AddRun(ref Unsafe.Add(ref origin, row + left), right - left + 1, step);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRun(ref uint start, int length, uint step)
    {
        var k = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var add = Vector128.Create(step);
            for (; k <= length - 4; k += 4)
            {
                ref var at = ref Unsafe.Add(ref start, k);
                Vector128.StoreUnsafe(Vector128.LoadUnsafe(ref at) + add, ref at);
            }
        }

        for (; k < length; k++)
        {
            ref var at = ref Unsafe.Add(ref start, k);
            at = unchecked(at + step);
        }
    }
}
