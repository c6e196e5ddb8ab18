namespace Statecraft.Model.Randomness;

/// <summary>Derives independent seeds from a root seed, so that run i's randomness depends only on (root, i).</summary>
/// <remarks>
/// Uses the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators",
/// OOPSLA) on the root and the stream index. Stateless and thread-safe.
/// </remarks>
public static class SeedSequence
{
    /// <summary>Derives the seed of stream <paramref name="stream"/> from <paramref name="root"/>.</summary>
    /// <param name="root">The root seed.</param>
    /// <param name="stream">The stream index.</param>
    /// <returns>A well-mixed 64-bit seed.</returns>
    public static ulong Derive(ulong root, ulong stream) =>
        unchecked(Mix(Mix(root ^ 0x9E3779B97F4A7C15UL) + (stream * 0xD1B54A32D192ED03UL) + 0x632BE59BD9B4E019UL));

    /// <summary>The SplitMix64 output function.</summary>
    /// <param name="z">The input.</param>
    /// <returns>The mixed value.</returns>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
