using Statecraft.Cli.Infrastructure;
using Statecraft.Runs;
using Statecraft.Storage;

namespace Statecraft.Cli.Tests;

/// <summary>Runs split with --shard K/M and folded with 'statecraft merge' give the single-machine run's bytes; broken shard sets are refused and nothing is written.</summary>
public sealed class ShardMergeTests : IDisposable
{
    private static readonly string[] MonteCarlo = ["forecast", "--model", "eu", "--runs", "500", "--seed", "7"];
    private static readonly string[] OneAtATime = ["sensitivity", "--model", "eu", "--seed", "7"];
    private static readonly string[] Sobol = ["sensitivity", "--model", "eu", "--method", "sobol", "--samples", "40", "--seed", "7"];

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-shards-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, int, int> Splits()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var kind in new[] { "monte-carlo", "oat", "sobol" })
        {
            foreach (var m in new[] { 1, 3, 7 })
            {
                foreach (var threads in new[] { 1, 2 })
                {
                    data.Add(kind, m, threads);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void Merge_ShardsOfAnyCountOnAnyThreads_SameJsonAsTheSingleRun(string kind, int shards, int threads)
    {
        // Given the single-machine run
        var command = Command(kind);
        var single = CliRunner.Run([.. command, Scenario, "--format", "json", "--no-store", "--threads", "2"]);
        Assert.Equal(0, single.ExitCode);

        // When it is split into M shards, each on its own thread count, and merged
        var dir = WriteShards(command, shards, threads);
        var merged = CliRunner.Run("merge", dir, "--format", "json", "--no-store", "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Then the merged output is the single run's, byte for byte
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(single.Output, merged.Output);
    }

    [Fact]
    public void Merge_MoreShardsThanBlocks_EmptyShardsOnTwoThreads_SameJsonAsTheSingleRun()
    {
        // Given 64 replicates (one block) cut into 4 shards: shards 0 to 2 are empty
        string[] command = ["forecast", "--model", "eu", "--runs", "64", "--seed", "7"];
        var single = CliRunner.Run([.. command, Scenario, "--format", "json", "--no-store"]);

        // When each runs on two threads and they are merged
        var dir = WriteShards(command, 4, 2);
        var merged = CliRunner.Run("merge", dir, "--format", "json", "--no-store");

        // Then
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(single.Output, merged.Output);
    }

    [Fact]
    public void Merge_MonteCarloWithTop_RefusedAsIgnored()
    {
        // Given
        var dir = WriteShards(["forecast", "--model", "eu", "--runs", "64", "--seed", "7"], 2, 1);

        // When
        var (code, stdout, stderr) = CliRunner.RunSplit("merge", dir, "--top", "3", "--no-store");

        // Then
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: merge {dir}: the shards are of a Monte Carlo forecast, which ranks no inputs; --top applies to the shards of a sensitivity analysis.", ShardCommands.Flat(stderr));
    }

    [Fact]
    public void Merge_MonteCarloCsvAndTable_SameAsTheSingleRun()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        foreach (var format in new[] { "csv", "table" })
        {
            var single = CliRunner.Run([.. MonteCarlo, Scenario, "--format", format, "--no-store"]);
            var merged = CliRunner.Run("merge", dir, "--format", format, "--no-store");
            Assert.Equal(0, merged.ExitCode);
            Assert.Equal(single.Output, merged.Output);
        }
    }

    [Fact]
    public void Merge_SavesOneRun_WhichRerunReproduces()
    {
        // Given
        var store = Path.Combine(_folder, "runs.db");
        var dir = WriteShards(MonteCarlo, 3, 1);

        // When
        var merged = CliRunner.Run("merge", dir, "--store", store);
        var rerun = CliRunner.Run("runs", "rerun", "1", "--store", store);
        var list = CliRunner.Run("runs", "list", "--store", store);

        // Then
        Assert.Equal(0, merged.ExitCode);
        Assert.Contains("saved as run 1 in", merged.Output, StringComparison.Ordinal);
        Assert.StartsWith("run 1 reproduced: identical results (monte-carlo, model eu, seed 7).", rerun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n2 ", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shard_WritesOnlyItsFile_AndSaysWhichReplicates()
    {
        var dir = Path.Combine(_folder, "one");
        var (code, output) = CliRunner.Run([.. MonteCarlo, Scenario, "--shard", "2/3", "--shard-out", dir]);
        Assert.Equal(0, code);
        Assert.StartsWith("shard 2 of 3: replicates [320, 500) of 500, written to ", output, StringComparison.Ordinal);
        Assert.Equal([ShardFile.FileName(2, 3)], Directory.GetFiles(dir).Select(Path.GetFileName));
        var header = ShardFile.ReadHeader(Path.Combine(dir, ShardFile.FileName(2, 3)));
        Assert.Equal((320, 180, 64, 500, 7UL, "eu"), (header.Start, header.Count, header.BlockSize, header.Rows, header.Request.Seed, header.Request.Model));
    }

    [Fact]
    public void Merge_MissingShard_RefusedNamingIt_NothingWritten()
    {
        var dir = WriteShards(MonteCarlo, 7, 2);
        File.Delete(Path.Combine(dir, ShardFile.FileName(4, 7)));
        AssertRefused(dir, "error: merge: 1 of 7 shards missing from '" + dir + "': shard-00004-of-00007.shard.");
    }

    [Fact]
    public void Merge_DuplicatedShard_RefusedNamingBothFiles()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        File.Copy(Path.Combine(dir, ShardFile.FileName(1, 3)), Path.Combine(dir, "copy-of-1.shard"));
        AssertRefused(dir, "error: shard files copy-of-1.shard and shard-00001-of-00003.shard are both shard 1 of 3; keep one.");
    }

    [Fact]
    public void Merge_TruncatedShard_RefusedNamingItAndTheBytes()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        var path = Path.Combine(dir, ShardFile.FileName(2, 3));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^100]);
        AssertRefused(dir, "error: shard file shard-00002-of-00003.shard is truncated: it holds 2780 of its 2880 payload bytes.");
    }

    [Fact]
    public void Merge_DamagedPayload_Refused()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        var path = Path.Combine(dir, ShardFile.FileName(0, 3));
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        AssertRefused(dir, "error: shard file shard-00000-of-00003.shard is damaged: its payload's SHA-256 differs from the one in its header.");
    }

    [Fact]
    public void Merge_NotAShardFile_Refused()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        File.WriteAllText(Path.Combine(dir, ShardFile.FileName(1, 3)), "replicate,seed,issue,value\n");
        AssertRefused(dir, "error: shard file shard-00001-of-00003.shard: not a Statecraft shard file (its first line is not 'statecraft-shard/2').");
    }

    [Fact]
    public void Merge_EmptyOrMissingFolder_Refused()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        AssertRefused(empty, $"error: merge: the folder '{empty}' holds no shard files (*.shard).");
        var missing = Path.Combine(_folder, "nowhere");
        AssertRefused(missing, $"error: merge: the folder '{missing}' does not exist.");
    }

    public static TheoryData<string[], string> Mismatches() => new()
    {
        { ["--seed", "8"], "seed 8 differs from 7" },
        { ["--model", "compromise"], "model compromise differs from eu" },
        { ["--runs", "501"], "N (rows) 501 differs from 500" },
        { ["--set", "rounds=3"], "options" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Merge_ShardOfAnotherRun_RefusedNamingTheFileAndWhatDiffers(string[] change, string what)
    {
        // Given three shards, one of them of a run that differs in one respect
        var dir = WriteShards(MonteCarlo, 3, 2);
        var other = WriteShards([.. ShardCommands.Replace(MonteCarlo, change)], 3, 2, "other");
        File.Copy(Path.Combine(other, ShardFile.FileName(1, 3)), Path.Combine(dir, ShardFile.FileName(1, 3)), overwrite: true);

        // Then
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.StartsWith("error: shard file shard-00001-of-00003.shard is of another run than shard-00000-of-00003.shard: " + what, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardOfAnotherScenario_Refused()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        var other = Path.Combine(_folder, "other");
        Assert.Equal(0, CliRunner.Run([.. MonteCarlo, "middle-east-2025", "--shard", "1/3", "--shard-out", other]).ExitCode);
        File.Copy(Path.Combine(other, ShardFile.FileName(1, 3)), Path.Combine(dir, ShardFile.FileName(1, 3)), overwrite: true);
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.StartsWith("error: shard file shard-00001-of-00003.shard is of another run than shard-00000-of-00003.shard: scenario hash ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardOfAnotherToolVersion_Refused()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        var path = Path.Combine(dir, ShardFile.FileName(2, 3));
        var bytes = File.ReadAllBytes(path);
        var version = System.Text.Encoding.UTF8.GetBytes("\"toolVersion\":\"");
        var at = bytes.AsSpan().IndexOf(version) + version.Length;
        bytes[at] = (byte)'9';
        File.WriteAllBytes(path, bytes);
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.StartsWith("error: shard file shard-00002-of-00003.shard is of another run than shard-00000-of-00003.shard: tool version 9", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardsOfDifferentM_Refused()
    {
        var dir = WriteShards(MonteCarlo, 3, 2);
        var other = WriteShards(MonteCarlo, 7, 2, "other");
        File.Copy(Path.Combine(other, ShardFile.FileName(5, 7)), Path.Combine(dir, ShardFile.FileName(5, 7)));
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.StartsWith("error: shard file shard-00005-of-00007.shard is of another run than shard-00000-of-00003.shard: M (shards) 7 differs from 3", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8/8", "error: --shard = 8 is not a shard number in [0, 7]; shards are numbered from 0 (sbatch --array=0-7).")]
    [InlineData("-1/8", "error: --shard = -1 is not a shard number in [0, 7]; shards are numbered from 0 (sbatch --array=0-7).")]
    [InlineData("3", "error: --shard 3: use K/M with M in [1, 100000] and K in [0, M), e.g. --shard 0/8, or auto/M to take K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.")]
    [InlineData("1/0", "error: --shard 1/0: use K/M with M in [1, 100000] and K in [0, M), e.g. --shard 0/8, or auto/M to take K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.")]
    public void Shard_BadValue_RefusedWithTheRange(string shard, string message)
    {
        var (code, output) = CliRunner.Run([.. MonteCarlo, Scenario, "--shard", shard, "--shard-out", Path.Combine(_folder, "bad")]);
        Assert.Equal(2, code);
        Assert.Equal(message, ShardCommands.Flat(output));
        Assert.False(Directory.Exists(Path.Combine(_folder, "bad")));
    }

    [Theory]
    [InlineData(new[] { "--shard", "0/2" }, "error: --shard 0/2 needs --shard-out DIR, the folder its shard file goes to.")]
    [InlineData(new[] { "--shard-out", "x" }, "error: --shard-out needs --shard K/M: it is the folder a shard's file goes to.")]
    [InlineData(new[] { "--shard", "0/2", "--shard-out", "x", "--format", "json", "--out", "f.json" }, "error: --shard writes only its shard file; --out, --format belong to 'statecraft merge x', which folds the shards.")]
    public void Shard_WithOptionsItCannotHonour_Refused(string[] extra, string message)
    {
        var (code, output) = CliRunner.Run([.. MonteCarlo, Scenario, .. extra]);
        Assert.Equal(2, code);
        Assert.Equal(message, ShardCommands.Flat(output));
    }

    [Fact]
    public void ShardAuto_ReadsSlurmThenKubernetesIndex()
    {
        Assert.Equal((3, 8), ShardOption.Parse("auto/8", v => v == "SLURM_ARRAY_TASK_ID" ? "3" : "5"));
        Assert.Equal((5, 8), ShardOption.Parse("auto/8", v => v == "JOB_COMPLETION_INDEX" ? "5" : null));
        var none = Assert.Throws<UserInputException>(() => ShardOption.Parse("auto/8", _ => null));
        Assert.Equal("--shard auto/8: neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set; run it as a Slurm array task or a Kubernetes Indexed Job, or give K (e.g. --shard 0/8).", none.Message);
        var high = Assert.Throws<UserInputException>(() => ShardOption.Parse("auto/8", v => v == "SLURM_ARRAY_TASK_ID" ? "8" : null));
        Assert.Equal("--shard auto/8: SLURM_ARRAY_TASK_ID = 8 is not a shard number in [0, 7]; shards are numbered from 0 (sbatch --array=0-7).", high.Message);
    }

    private static string Scenario => CliRunner.Data("cli/three-actors.yaml");

    private static string[] Command(string kind) => kind switch
    {
        "monte-carlo" => MonteCarlo,
        "oat" => OneAtATime,
        _ => Sobol,
    };

    private string WriteShards(string[] command, int shards, int threads, string name = "shards") =>
        ShardCommands.Write(Path.Combine(_folder, name), [.. command, Scenario], shards, threads);

    private (int Code, string Output) Refuse(string dir)
    {
        var store = Path.Combine(_folder, "refused.db");
        var json = Path.Combine(_folder, "refused.json");
        var chart = Path.Combine(_folder, "refused.svg");
        var (code, output) = CliRunner.Run("merge", dir, "--store", store, "--out", json, "--chart", chart);
        Assert.False(File.Exists(store));
        Assert.False(File.Exists(json));
        Assert.False(File.Exists(chart));
        return (code, ShardCommands.Flat(output));
    }

    private void AssertRefused(string dir, string message)
    {
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.Equal(message, output);
    }
}
