using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Statecraft.Model.Domain;
using Statecraft.Testing;

namespace Statecraft.Storage.Tests;

public sealed class ShardFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-shardfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_HeaderOpensWithTheSharedJsonHeader_AndReadsBack()
    {
        var (header, rows) = Example();
        var path = Path.Combine(_folder, ShardFile.FileName(1, 3));
        using (var file = File.Create(path))
        {
            ShardFile.Write(file, header, rows);
        }

        var lines = File.ReadAllBytes(path).AsSpan();
        var first = lines.IndexOf((byte)'\n');
        var second = lines[(first + 1)..].IndexOf((byte)'\n');
        Assert.Equal("statecraft-shard/2", Encoding.UTF8.GetString(lines[..first]));
        var json = Encoding.UTF8.GetString(lines.Slice(first + 1, second));
        Assert.StartsWith(
            $$"""{"scenario":"eu-2025","model":"median","seed":42,"manifest":{"toolVersion":"0.1.0","scenarioHash":"{{header.ScenarioHash}}"},"kind":"monte-carlo","rows":6,"shards":3,"shard":1,"blockSize":2,"width":2,"start":2,"count":2,""",
            json,
            StringComparison.Ordinal);
        var (read, values) = ShardFile.Read(path);
        AssertSame(header, read);
        Assert.Equal(rows, values);
    }

    [Fact]
    public void Read_AShardFileOfTheFirstLayout_ReadsEveryMember()
    {
        // As Statecraft wrote shard files before the shared JSON header: toolVersion first, the scenario hash at the top
        // level, the canonical text as "scenario" and the request's source as "source".
        var (header, rows) = Example();
        var payload = new byte[rows.Length * sizeof(double)];
        for (var i = 0; i < rows.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(payload.AsSpan(i * sizeof(double)), rows[i]);
        }

        var request = """{"kind":"monte-carlo","model":"median","source":"eu-2025","settings":{"method":"vote-scan"},"seed":42,"runs":6,"threads":2,"histogramBins":20,"samples":0,"uncertainty":null,"shocks":[]}""";
        var json =
            $$"""{"toolVersion":"0.1.0","kind":"monte-carlo","scenarioHash":"{{header.ScenarioHash}}","model":"median","seed":42,"rows":6,"shards":3,"shard":1,"blockSize":2,"width":2,"start":2,"count":2,"payloadBytes":{{payload.Length}},"payloadSha256":"{{Convert.ToHexStringLower(SHA256.HashData(payload))}}","request":{{request}},"scenario":{{header.ScenarioText}}}""";
        var path = Path.Combine(_folder, "old.shard");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("statecraft-shard/1\n" + json + "\n"), .. payload]);

        var (read, values) = ShardFile.Read(path);

        AssertSame(header, read);
        Assert.Equal(rows, values);
    }

    private static (ShardHeader Header, double[] Rows) Example()
    {
        var text = ScenarioCanonicalForm.Write(SyntheticScenarios.Create(3, 2, 5));
        var request = new RunRequest("monte-carlo", "median", ModelSettings.Empty.With("method", "vote-scan"), 42) { Source = "eu-2025", Runs = 6, Threads = 2 };
        var header = new ShardHeader(request, text, ScenarioCanonicalForm.HashText(text), "0.1.0", 1, 3, 6, 2, 2, 2, 2);
        return (header, [0.25, 0.5, double.NaN, -1.75]);
    }

    private static void AssertSame(ShardHeader expected, ShardHeader actual)
    {
        Assert.True(actual.Request.ContentEquals(expected.Request), actual.Request.ToJson());
        Assert.Equal(expected with { Request = actual.Request }, actual);
    }
}
