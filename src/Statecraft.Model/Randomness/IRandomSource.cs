namespace Statecraft.Model.Randomness;

/// <summary>A source of pseudo-random numbers, injected into every stochastic model.</summary>
/// <remarks>Implementations are mutable and not thread-safe: give each thread, run or model instance its own.</remarks>
public interface IRandomSource
{
    /// <summary>Returns 64 uniformly distributed random bits.</summary>
    /// <returns>The next value.</returns>
    ulong NextUInt64();

    /// <summary>Returns a uniform double in [0, 1) with 53 random bits.</summary>
    /// <returns>The next value.</returns>
    double NextDouble();

    /// <summary>Returns a uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    /// <param name="maxExclusive">The exclusive upper bound. Range: ≥ 1.</param>
    /// <returns>The next value.</returns>
    int NextInt(int maxExclusive);
}
