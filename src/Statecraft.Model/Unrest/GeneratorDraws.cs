using System.Runtime.CompilerServices;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Unrest;

/// <summary>The run's xoshiro256** generator behind a struct, so that the kernel's draws are direct, inlinable calls.</summary>
/// <remarks>
/// <para>The kernel is generic over its random source; instantiated with this struct the JIT compiles a copy that
/// calls the sealed generator directly instead of through <see cref="IRandomSource"/>. The draws are the generator's
/// own, in the same order, so results are identical. Any other source runs through <see cref="SourceDraws"/>.</para>
/// <para>Holds a reference to the generator; the generator is mutable and not thread-safe.</para>
/// </remarks>
internal readonly struct GeneratorDraws(Xoshiro256StarStar generator) : IRandomSource
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => generator.NextUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => generator.NextDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int maxExclusive) => generator.NextInt(maxExclusive);
}
