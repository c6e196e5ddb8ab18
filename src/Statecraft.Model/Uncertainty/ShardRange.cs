namespace Statecraft.Model.Uncertainty;

/// <summary>One shard's contiguous share of a run's rows (Monte Carlo replicates, one-at-a-time cases or Sobol base samples), cut on the engine's block boundaries.</summary>
/// <remarks>
/// <para>A run of R rows in blocks of b rows has B = ⌈R / b⌉ blocks; shard k of M takes blocks [⌊k·B / M⌋, ⌊(k + 1)·B / M⌋),
/// so the M shards cover every block exactly once, in order, and differ in size by at most one block. A shard may be empty
/// when M exceeds B. Because every row depends only on (seed, row index) and blocks are reduced in block order, the rows
/// of the M shards laid end to end are the rows of the whole run, bit for bit.</para>
/// <para><c>default</c> is the empty range at row 0. Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Start">The first row, 0-based.</param>
/// <param name="Count">The number of rows.</param>
public readonly record struct ShardRange(int Start, int Count)
{
    /// <summary>The largest number of shards a run may be cut into.</summary>
    public const int MaxShards = 100_000;

    /// <summary>Gets the row after the last one.</summary>
    public int End => Start + Count;

    /// <summary>Gets the range of every row of a run.</summary>
    /// <param name="rows">The run's rows R.</param>
    /// <returns>[0, R).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative.</exception>
    public static ShardRange All(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        return new ShardRange(0, rows);
    }

    /// <summary>Gets shard <paramref name="shard"/>'s rows out of <paramref name="shards"/>.</summary>
    /// <param name="rows">The run's rows R. Range: R ≥ 0.</param>
    /// <param name="blockSize">The engine's block size b. Range: b ≥ 1.</param>
    /// <param name="shard">The shard k, 0-based. Range: [0, M).</param>
    /// <param name="shards">The number of shards M. Range: [1, <see cref="MaxShards"/>].</param>
    /// <returns>The shard's rows; their start is a multiple of b.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ShardRange Of(int rows, int blockSize, int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shards, MaxShards);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        var blocks = ((long)rows + blockSize - 1) / blockSize;
        var first = blocks * shard / shards;
        var last = blocks * (shard + 1) / shards;
        var start = Math.Min(rows, first * blockSize);
        var end = Math.Min(rows, last * blockSize);
        return new ShardRange((int)start, (int)(end - start));
    }

    /// <summary>Checks that this range lies within a run of <paramref name="rows"/> rows and starts on a block boundary.</summary>
    /// <param name="rows">The run's rows.</param>
    /// <param name="blockSize">The engine's block size.</param>
    /// <param name="paramName">The argument's name for the exception.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range does not fit.</exception>
    internal void Check(int rows, int blockSize, string paramName)
    {
        if (Start < 0 || Count < 0 || (long)Start + Count > rows || Start % blockSize != 0)
        {
            throw new ArgumentOutOfRangeException(paramName, this, $"A shard must lie within [0, {rows}) and start on a multiple of {blockSize}.");
        }
    }
}
