using System.Globalization;
using System.Text.Json;
using Statecraft.Storage;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests;

/// <summary><c>unrest --sweep</c>: one summary row per seed × grid point, the same bytes in one process, on any thread count, or split with --shard and folded by 'statecraft merge'; bad grids and bad shard sets are refused with located messages.</summary>
public sealed class UnrestSweepTests : IDisposable
{
    private static readonly string[] Sweep = ["unrest", "--ticks", "30", "--sweep", "seeds=1..4", "--grid", "legitimacy=0.7,0.8", "--grid", "vision=3,7"];

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-sweep-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<int, int> Splits() => new() { { 1, 1 }, { 1, 2 }, { 3, 1 }, { 3, 2 }, { 7, 1 }, { 7, 2 } };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Merge_ShardsOfAnyCountOnAnyThreads_SameCsvAsOneProcess(int shards, int threads)
    {
        // Given the one-process sweep on one thread
        var single = CliRunner.Run([.. Sweep, "--format", "csv", "--threads", "1"]);
        Assert.Equal(0, single.ExitCode);

        // When it is split into M shards on T threads and merged
        var dir = WriteShards(Sweep, shards, threads);
        var merged = CliRunner.Run("merge", dir, "--format", "csv");

        // Then the merged CSV is the one-process CSV, byte for byte
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(single.Output, merged.Output);
    }

    [Fact]
    public void Sweep_OneAndTwoThreads_SameBytes_AndTableToo()
    {
        foreach (var format in new[] { "csv", "table" })
        {
            var one = CliRunner.Run([.. Sweep, "--format", format, "--threads", "1"]);
            var two = CliRunner.Run([.. Sweep, "--format", format, "--threads", "2"]);
            Assert.Equal(0, one.ExitCode);
            Assert.Equal(one.Output, two.Output);
            var merged = CliRunner.Run("merge", WriteShards(Sweep, 3, 2, "table-" + format), "--format", format);
            Assert.Equal(one.Output, merged.Output);
        }
    }

    [Fact]
    public void Sweep_Csv_IsTidyWithOneRowPerSeedAndPoint_SeedsFastest()
    {
        var (code, output) = CliRunner.Run([.. Sweep, "--format", "csv"]);

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("run_id,seed,legitimacy,vision,outbursts,peak_active,peak_tick,mean_active,mean_outburst_ticks,mean_waiting_ticks,final_quiet,final_active,final_jailed,final_legitimacy", lines[0]);
        Assert.Equal(1 + (4 * 2 * 2), lines.Length);
        var keys = lines.Skip(1).Select(l => string.Join(",", l.Split(',')[..4])).ToArray();
        Assert.Equal(["0,1,0.7,3", "1,2,0.7,3", "2,3,0.7,3", "3,4,0.7,3", "4,1,0.7,7", "5,2,0.7,7"], keys[..6]);
        Assert.Equal("15,4,0.8,7", keys[15]);
    }

    [Theory]
    [InlineData(2, "0.7", "3")]
    [InlineData(14, "0.8", "7")]
    public void Sweep_Row_IsTheSingleRunOfItsSeedAndPoint(int row, string legitimacy, string vision)
    {
        // Given the sweep's row and the plain unrest run of the same seed and options
        var csv = CliRunner.Run([.. Sweep, "--format", "csv"]).Output.Split('\n')[row + 1].Split(',');
        var seed = csv[1];
        var (code, json) = CliRunner.Run("unrest", "--ticks", "30", "--seed", seed, "--legitimacy", legitimacy, "--vision", vision, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        var ticks = doc.RootElement.GetProperty("ticks").EnumerateArray().ToArray();
        var last = ticks[^1];

        // Then the summary is that run's: outbursts, peak, mean actives and the final counts
        Assert.Equal((legitimacy, vision), (csv[2], csv[3]));
        Assert.Equal(doc.RootElement.GetProperty("outbursts").GetInt32().ToString(CultureInfo.InvariantCulture), csv[4]);
        Assert.Equal(doc.RootElement.GetProperty("peak").GetInt32().ToString(CultureInfo.InvariantCulture), csv[5]);
        Assert.Equal(ticks.Average(t => (double)t.GetProperty("active").GetInt32()), double.Parse(csv[7], CultureInfo.InvariantCulture));
        Assert.Equal(
            [last.GetProperty("quiet").GetInt32(), last.GetProperty("active").GetInt32(), last.GetProperty("jailed").GetInt32()],
            csv[10..13].Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray());
    }

    [Fact]
    public void Sweep_SmallCsv_MatchesGolden()
    {
        var (code, output) = CliRunner.Run("unrest", "--ticks", "40", "--sweep", "seeds=5,9", "--grid", "cop-density=0.03,0.06", "--format", "csv");
        Assert.Equal(0, code);
        Golden.Assert(output, "unrest-sweep.csv");
    }

    [Fact]
    public void Shard_WritesOnlyItsFile_AndSaysWhichRuns()
    {
        var dir = Path.Combine(_folder, "one");
        var (code, output) = CliRunner.Run([.. Sweep, "--shard", "2/3", "--shard-out", dir]);
        Assert.Equal(0, code);
        Assert.StartsWith("shard 2 of 3: runs [10, 16) of 16, written to ", output, StringComparison.Ordinal);
        var header = ShardFile.ReadHeader(Path.Combine(dir, ShardFile.FileName(2, 3)));
        Assert.Equal(("unrest-sweep", 10, 6, 1, 10), (header.Request.Kind, header.Start, header.Count, header.BlockSize, header.Width));
    }

    [Fact]
    public void Merge_MissingShard_RefusedNamingIt_NothingWritten()
    {
        var dir = WriteShards(Sweep, 7, 1);
        File.Delete(Path.Combine(dir, ShardFile.FileName(3, 7)));
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.Equal("error: merge: 1 of 7 shards missing from '" + dir + "': shard-00003-of-00007.shard.", output);
    }

    [Fact]
    public void Merge_DuplicatedOrTruncatedShard_Refused()
    {
        var dir = WriteShards(Sweep, 3, 1);
        File.Copy(Path.Combine(dir, ShardFile.FileName(1, 3)), Path.Combine(dir, "again.shard"));
        Assert.Equal("error: shard files again.shard and shard-00001-of-00003.shard are both shard 1 of 3; keep one.", Refuse(dir).Output);
        File.Delete(Path.Combine(dir, "again.shard"));
        var path = Path.Combine(dir, ShardFile.FileName(2, 3));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^8]);
        Assert.Equal("error: shard file shard-00002-of-00003.shard is truncated: it holds 472 of its 480 payload bytes.", Refuse(dir).Output);
    }

    public static TheoryData<string[], string> Mismatches() => new()
    {
        { ["--sweep", "seeds=2..5"], "(its seeds differ)" },
        { ["--sweep", "seeds=1..5"], "(its seeds differ)" },
        { ["--grid", "legitimacy=0.7,0.9"], "(its grid differs)" },
        { ["--ticks", "31"], "(its ticks differ)" },
        { ["--preset", "netlogo"], "(its source differs)" },
        { ["--cop-density", "0.05"], "(its settings differ)" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Merge_ShardOfAnotherSweep_RefusedNamingTheFileAndWhatDiffers(string[] change, string what)
    {
        // Given three shards, one of them of a sweep that differs in one respect
        var dir = WriteShards(Sweep, 3, 1);
        var other = WriteShards([.. ShardCommands.Replace(Sweep, change)], 3, 1, "other");
        File.Copy(Path.Combine(other, ShardFile.FileName(1, 3)), Path.Combine(dir, ShardFile.FileName(1, 3)), overwrite: true);

        // Then
        var (code, output) = Refuse(dir);
        Assert.Equal(2, code);
        Assert.StartsWith("error: shard file shard-00001-of-00003.shard is of another run than shard-00000-of-00003.shard: scenario hash ", output, StringComparison.Ordinal);
        Assert.EndsWith(what + ".", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_SweepShardAmongForecastShards_RefusedForItsKind()
    {
        var dir = WriteShards(Sweep, 3, 1);
        var forecast = Path.Combine(_folder, "forecast");
        Assert.Equal(0, CliRunner.Run("forecast", "--model", "eu", "--runs", "200", "--shard", "1/3", "--shard-out", forecast).ExitCode);
        File.Copy(Path.Combine(forecast, ShardFile.FileName(1, 3)), Path.Combine(dir, ShardFile.FileName(1, 3)), overwrite: true);
        Assert.StartsWith("error: shard file shard-00001-of-00003.shard is of another run than shard-00000-of-00003.shard: kind monte-carlo differs from unrest-sweep", Refuse(dir).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--format", "json" }, "--format json")]
    [InlineData(new[] { "--chart", "x.svg" }, "--chart")]
    [InlineData(new[] { "--store", "x.db" }, "--store")]
    [InlineData(new[] { "--top", "3" }, "--top")]
    [InlineData(new[] { "--threads", "2" }, "--threads")]
    public void Merge_SweepWithAnOptionItCannotHonour_Refused(string[] extra, string named)
    {
        var dir = WriteShards(Sweep, 2, 1);
        var (code, output) = CliRunner.Run(["merge", dir, .. extra]);
        Assert.Equal(2, code);
        Assert.Equal($"error: merge {dir}: the shards are of an unrest sweep, which writes a table or CSV (--format csv) on one thread, ranks no inputs and keeps no run in the store; {named} would be ignored.", ShardCommands.Flat(output));
    }

    [Theory]
    [InlineData(new[] { "--sweep", "1..10" }, "error: --sweep 1..10: expected seeds=FIRST..LAST or seeds=S1,S2,…, e.g. --sweep seeds=1..100 or --sweep seeds=1,5,9.")]
    [InlineData(new[] { "--sweep", "seeds=1..x" }, "error: --sweep seeds=1..x: 'x' is not a seed; a seed is a whole number in [0, 18446744073709551615], a range is FIRST..LAST (e.g. --sweep seeds=1..100 or --sweep seeds=1,5,9).")]
    [InlineData(new[] { "--sweep", "seeds=10..1" }, "error: --sweep seeds=10..1: the range 10..1 is empty; write the smaller seed first (1..10).")]
    [InlineData(new[] { "--sweep", "seeds=1..5,3" }, "error: --sweep seeds=1..5,3: seed 3 is given twice.")]
    [InlineData(new[] { "--sweep", "seeds=1..2000000" }, "error: --sweep seeds=1..2000000: the range 1..2000000 holds more than 1,000,000 seeds, the most a sweep may run.")]
    [InlineData(new[] { "--sweep", "seeds=1..1000", "--grid", "legitimacy=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1", "--grid", "vision=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101" }, "more than 1,000,000 runs; split it into several sweeps (each its own --shard-out folder).")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimacy" }, "error: --grid legitimacy: expected NAME=V1,V2,…, e.g. --grid legitimacy=0.7,0.8,0.9.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimcy=0.7,0.8" }, "error: --grid legitimcy=0.7,0.8: 'legitimcy' is not an unrest option (did you mean legitimacy?); 'statecraft models' lists them.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimacy=0.7,,0.9" }, "error: --grid legitimacy=0.7,,0.9: value 2 of 3 is empty; separate values with single commas.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimacy=0.7,0.7" }, "error: --grid legitimacy=0.7,0.7: the value 0.7 is given twice.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimacy=0.7", "--grid", "legitimacy=0.8" }, "error: --grid legitimacy is given twice; put all its values in one --grid legitimacy=V1,V2,….")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimacy=0.7,1.5" }, "error: --grid legitimacy=0.7,1.5: option 'legitimacy' = '1.5' is not allowed; expected [0, 1].")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--grid", "legitimacy=0.7", "--legitimacy", "0.8" }, "error: --grid legitimacy: legitimacy is also set by another option of this command (its own flag or --set); give it in one place.")]
    [InlineData(new[] { "--grid", "legitimacy=0.7" }, "error: --grid applies only with --sweep seeds=…; without it, it would be ignored.")]
    [InlineData(new[] { "--shard", "0/2", "--shard-out", "x" }, "error: --shard applies only with --sweep seeds=… (one lattice stays on one machine: docs/scale-out.md); without it, it would be ignored.")]
    [InlineData(new[] { "--threads", "2" }, "error: --threads applies only with --sweep seeds=… (one lattice runs on one thread); without it, it would be ignored.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--seed", "4" }, "error: --seed and --sweep (which gives the seeds) contradict each other; use one of them.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--model", "ii" }, "error: --sweep runs Model I; Model II (--model ii) runs one lattice per command.")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--format", "json" }, "error: --format json: a sweep writes a table or CSV (--format csv).")]
    [InlineData(new[] { "--sweep", "seeds=1..3", "--shard", "0/2" }, "error: --shard 0/2 needs --shard-out DIR, the folder its shard file goes to.")]
    public void Sweep_BadSweepOrGrid_RefusedWithALocatedMessage(string[] args, string message)
    {
        var (code, output) = CliRunner.Run(["unrest", "--ticks", "5", .. args]);
        Assert.Equal(2, code);
        Assert.EndsWith(message, ShardCommands.Flat(output), StringComparison.Ordinal);
    }

    private string WriteShards(string[] command, int shards, int threads, string name = "shards") =>
        ShardCommands.Write(Path.Combine(_folder, name), command, shards, threads);

    private (int Code, string Output) Refuse(string dir)
    {
        var csv = Path.Combine(_folder, "refused.csv");
        var (code, output) = CliRunner.Run("merge", dir, "--format", "csv", "--out", csv);
        Assert.False(File.Exists(csv));
        return (code, ShardCommands.Flat(output));
    }
}
