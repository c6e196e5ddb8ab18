using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class ShardRangeTests
{
    [Property(MaxTest = 200)]
    public void Of_AnyRowsAndShards_CoversEveryRowOnceInOrderOnBlockBoundaries(ushort rowsRaw, byte blockRaw, byte shardsRaw)
    {
        // Given
        var rows = rowsRaw % 5000;
        var block = 1 + (blockRaw % 100);
        var shards = 1 + (shardsRaw % 40);

        // When
        var ranges = Enumerable.Range(0, shards).Select(k => ShardRange.Of(rows, block, k, shards)).ToArray();

        // Then: contiguous from 0 to rows, each start on a block, sizes within one block of each other
        var next = 0;
        foreach (var r in ranges)
        {
            Assert.Equal(next, r.Start);
            Assert.True(r.Count >= 0);
            Assert.True(r.Start % block == 0 || r.Start == rows);
            next = r.End;
        }

        Assert.Equal(rows, next);
        var blocks = ranges.Select(r => (r.Count + block - 1) / block).ToArray();
        Assert.True(blocks.Max() - blocks.Min() <= 1);
    }

    [Fact]
    public void Of_HandComputed()
    {
        // 500 rows in blocks of 64 are 8 blocks; 3 shards take blocks [0, 2), [2, 5), [5, 8).
        Assert.Equal(new ShardRange(0, 128), ShardRange.Of(500, 64, 0, 3));
        Assert.Equal(new ShardRange(128, 192), ShardRange.Of(500, 64, 1, 3));
        Assert.Equal(new ShardRange(320, 180), ShardRange.Of(500, 64, 2, 3));
        Assert.Equal(new ShardRange(0, 0), ShardRange.Of(10, 64, 0, 2));
        Assert.Equal(new ShardRange(0, 10), ShardRange.Of(10, 64, 1, 2));
    }

    [Fact]
    public void Of_ShardOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardRange.Of(10, 64, 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardRange.Of(10, 64, -1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardRange.Of(10, 0, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShardRange.Of(10, 64, 0, 0));
    }

    [Fact]
    public void MonteCarloRunShard_RangeOffABlock_Throws()
    {
        var scenario = SyntheticScenarios.Create(5, 2);
        var options = new MonteCarloOptions { Runs = 200 };
        Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarloForecaster.RunShard(new ExpectedUtilityModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(1), new ShardRange(10, 64)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarloForecaster.RunShard(new ExpectedUtilityModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(1), new ShardRange(192, 64)));
    }
}
