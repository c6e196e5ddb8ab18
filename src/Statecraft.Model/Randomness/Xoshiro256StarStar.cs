using System.Numerics;
using System.Runtime.CompilerServices;

namespace Statecraft.Model.Randomness;

/// <summary>The xoshiro256** generator: fast, 256 bits of state, period 2^256 − 1.</summary>
/// <remarks>
/// <para>Blackman &amp; Vigna (2021), "Scrambled linear pseudorandom number generators", ACM TOMS 47(4). The state
/// is filled from the seed with SplitMix64, as the authors recommend. The algorithm is fixed here, so a seed
/// gives the same stream on every platform and .NET version (unlike <see cref="Random"/>).</para>
/// <para>Mutable and not thread-safe.</para>
/// </remarks>
[Mutable("A random generator advances its state on every draw.")]
public sealed class Xoshiro256StarStar : IRandomSource
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator from a 64-bit seed.</summary>
    /// <param name="seed">Any value, including 0.</param>
    public Xoshiro256StarStar(ulong seed)
    {
        unchecked
        {
            var x = seed;
            _s0 = SeedSequence.Mix(x += 0x9E3779B97F4A7C15UL);
            _s1 = SeedSequence.Mix(x += 0x9E3779B97F4A7C15UL);
            _s2 = SeedSequence.Mix(x += 0x9E3779B97F4A7C15UL);
            _s3 = SeedSequence.Mix(x + 0x9E3779B97F4A7C15UL);
        }
    }

    /// <summary>Creates a generator with the given raw state (for reference test vectors).</summary>
    /// <param name="s0">State word 0.</param>
    /// <param name="s1">State word 1.</param>
    /// <param name="s2">State word 2.</param>
    /// <param name="s3">State word 3.</param>
    /// <returns>The generator.</returns>
    internal static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3) =>
        new(0) { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <inheritdoc />
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <inheritdoc />
    /// <remarks>
    /// Lemire (2019), "Fast random integer generation in an interval", ACM TOMS 29(1): multiply-shift with rejection.
    /// The common case (no rejection test needed) is small enough to inline into the simulation kernels; the rare
    /// rejection loop is a separate call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        var range = (ulong)maxExclusive;
        var m = Math.BigMul(NextUInt64(), range, out var low);
        return low < range ? NextIntRejecting(m, low, range) : (int)m;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int NextIntRejecting(ulong m, ulong low, ulong range)
    {
        var threshold = unchecked(0 - range) % range;
        while (low < threshold)
        {
            m = Math.BigMul(NextUInt64(), range, out low);
        }

        return (int)m;
    }
}
