using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Statecraft.Model.Unrest;

/// <summary>Cache-line prefetch hints for the random-order access of large runs.</summary>
/// <remarks>
/// <para>A tick visits agents in a fresh random order, so on a large lattice nearly every agent's fields and the
/// lattice rows around it miss the cache. The order is drawn before the tick starts, so the kernel can ask for the
/// lines an activation a few steps ahead will need. A hint never changes a value or a draw: results are identical with
/// or without it. On hardware without the instruction it does nothing.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class Prefetch
{
    /// <summary>Asks for the cache line that holds <paramref name="at"/> to be brought into every cache level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T at)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref at));
        }
    }
}
