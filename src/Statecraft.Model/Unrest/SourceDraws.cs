using System.Runtime.CompilerServices;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Unrest;

/// <summary>Any random source behind a struct, for the generic kernel when the source is not the built-in generator.</summary>
/// <remarks>Forwards every draw unchanged. Holds a reference to the source, which is mutable and not thread-safe.</remarks>
internal readonly struct SourceDraws(IRandomSource source) : IRandomSource
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => source.NextUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => source.NextDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int maxExclusive) => source.NextInt(maxExclusive);
}
