using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Randomness;

public class RandomnessTests
{
    [Fact]
    public void SplitMix64_SeedZero_MatchesReferenceOutput()
    {
        // The first output of SplitMix64 seeded with 0 (Steele, Lea & Flood 2014; Vigna's splitmix64.c).
        Assert.Equal(0xE220A8397B1DCDAFUL, SeedSequence.Mix(0x9E3779B97F4A7C15UL));
    }

    [Fact]
    public void Xoshiro256StarStar_State1234_MatchesReferenceVector()
    {
        // Reference outputs of xoshiro256** from state {1, 2, 3, 4} (Blackman & Vigna's xoshiro256starstar.c).
        var rng = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
        Assert.Equal(1215971899390074240UL, rng.NextUInt64());
    }

    [Fact]
    public void SameSeed_SameStream_DifferentSeed_DifferentStream()
    {
        var a = new Xoshiro256StarStar(7);
        var b = new Xoshiro256StarStar(7);
        var c = new Xoshiro256StarStar(8);
        var xa = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(xa, Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        Assert.NotEqual(xa, Enumerable.Range(0, 100).Select(_ => c.NextUInt64()));
    }

    [Fact]
    public void NextDouble_IsInUnitInterval_WithMeanNearHalf()
    {
        var rng = new Xoshiro256StarStar(1);
        var xs = Enumerable.Range(0, 100_000).Select(_ => rng.NextDouble()).ToArray();
        Assert.All(xs, x => Assert.InRange(x, 0.0, Math.BitDecrement(1.0)));

        // The mean of n uniforms has standard deviation 1/sqrt(12 n) ≈ 0.000913; allow 5 sigma.
        Assert.InRange(xs.Average(), 0.5 - (5 * 0.000913), 0.5 + (5 * 0.000913));
    }

    [Fact]
    public void NextInt_IsUnbiasedAcrossBuckets()
    {
        var rng = new Xoshiro256StarStar(3);
        var counts = new int[6];
        const int N = 60_000;
        for (var i = 0; i < N; i++)
        {
            counts[rng.NextInt(6)]++;
        }

        // Each count ~ Binomial(60000, 1/6): sd = sqrt(60000·(1/6)·(5/6)) ≈ 91.3; allow 5 sigma.
        Assert.All(counts, c => Assert.InRange(c, 10_000 - 457, 10_000 + 457));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(0));
    }

    [Fact]
    public void Derive_DependsOnRootAndStream()
    {
        Assert.Equal(SeedSequence.Derive(42, 3), SeedSequence.Derive(42, 3));
        Assert.NotEqual(SeedSequence.Derive(42, 3), SeedSequence.Derive(42, 4));
        Assert.NotEqual(SeedSequence.Derive(42, 3), SeedSequence.Derive(43, 3));
    }
}
