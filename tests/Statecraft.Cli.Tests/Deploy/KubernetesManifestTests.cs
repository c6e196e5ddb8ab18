using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Statecraft.Cli.Tests.Deploy;

/// <summary>The Kubernetes recipes (deploy/kubernetes) without a cluster: every manifest parses, the Indexed Jobs have the
/// fields an Indexed Job needs and agree with their <c>--shard auto/M</c>, the volumes they mount exist, each merge Job
/// reads the folder its shard Job writes, and the commands of the Jobs run (scaled down) and merge.</summary>
public sealed class KubernetesManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-k8s-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Pairs() => new()
    {
        { "shards-job.yaml", "merge-job.yaml" },
        { "sweep-job.yaml", "sweep-merge-job.yaml" },
    };

    [Fact]
    public void EveryManifest_IsAKubernetesObject_WithApiVersionKindAndName()
    {
        var files = Directory.GetFiles(Folder, "*.yaml");
        Assert.True(files.Length >= 6, string.Join(", ", files));
        foreach (var file in files)
        {
            var doc = Load(Path.GetFileName(file));
            Assert.False(string.IsNullOrEmpty(Text(doc, "apiVersion")), file);
            Assert.False(string.IsNullOrEmpty(Text(doc, "kind")), file);
            Assert.False(string.IsNullOrEmpty(Text(doc, "metadata", "name")), file);
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void IndexedJob_HasWhatAnIndexedJobNeeds_AndItsShardCountAgrees(string shardJob, string mergeJob)
    {
        // Given
        var job = Load(shardJob);
        var args = Args(job);

        // Then: an Indexed batch/v1 Job whose completions equal the M of --shard auto/M
        Assert.Equal(("batch/v1", "Job", "Indexed"), (Text(job, "apiVersion"), Text(job, "kind"), Text(job, "spec", "completionMode")));
        var completions = int.Parse(Text(job, "spec", "completions"), CultureInfo.InvariantCulture);
        var parallelism = int.Parse(Text(job, "spec", "parallelism"), CultureInfo.InvariantCulture);
        Assert.InRange(parallelism, 1, completions);
        Assert.Equal("auto/" + completions.ToString(CultureInfo.InvariantCulture), After(args, "--shard"));
        Assert.Equal("Never", Text(job, "spec", "template", "spec", "restartPolicy"));
        Assert.True(int.Parse(Text(job, "spec", "backoffLimitPerIndex"), CultureInfo.InvariantCulture) >= 0);

        // And the shards go to a mounted volume, which the merge Job mounts and reads
        var shardOut = After(args, "--shard-out");
        Assert.StartsWith(MountOf(job, "shards") + "/", shardOut + "/", StringComparison.Ordinal);
        var merge = Load(mergeJob);
        Assert.Equal(("batch/v1", "Job", "Never"), (Text(merge, "apiVersion"), Text(merge, "kind"), Text(merge, "spec", "template", "spec", "restartPolicy")));
        Assert.Equal(["merge", shardOut], Args(merge)[..2]);
        Assert.Equal(MountOf(job, "shards"), MountOf(merge, "shards"));
    }

    [Fact]
    public void Volumes_TheJobsClaim_AreDefined_AndRunShApplesEveryJob()
    {
        var claims = Directory.GetFiles(Folder, "*.yaml").Select(f => Load(Path.GetFileName(f)))
            .Where(d => Text(d, "kind") == "PersistentVolumeClaim").Select(d => Text(d, "metadata", "name")).ToHashSet();
        var script = File.ReadAllText(Path.Combine(Folder, "run.sh"));
        foreach (var file in new[] { "shards-job.yaml", "merge-job.yaml", "sweep-job.yaml", "sweep-merge-job.yaml" })
        {
            var volumes = (YamlSequenceNode)Node(Load(file), "spec", "template", "spec", "volumes");
            foreach (var volume in volumes.Cast<YamlMappingNode>())
            {
                Assert.Contains(Text(volume, "persistentVolumeClaim", "claimName"), claims);
            }

            Assert.Contains(Path.GetFileNameWithoutExtension(file), script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void JobCommands_RunAsShards_AndMerge(string shardJob, string mergeJob)
    {
        // Given the Jobs' arguments with the mounted folders moved to a temporary folder, auto/M replaced by each k/M,
        // and the run scaled down (replicates, seeds and ticks) so that it takes a second
        var job = Load(shardJob);
        var m = int.Parse(Text(job, "spec", "completions"), CultureInfo.InvariantCulture);
        var scaled = new Dictionary<string, string> { ["--runs"] = "640", ["--sweep"] = "seeds=1..3", ["--ticks"] = "20" };

        // When every index runs and the merge Job's command folds them
        for (var k = 0; k < m; k++)
        {
            var args = Rebase(Args(job));
            scaled["--shard"] = $"{k}/{m}";
            foreach (var i in Enumerable.Range(0, args.Length - 1).Where(i => scaled.ContainsKey(args[i])))
            {
                args[i + 1] = scaled[args[i]];
            }

            var (code, output) = CliRunner.Run(args);
            Assert.True(code == 0, output);
        }

        var merge = Rebase(Args(Load(mergeJob))).Where(a => a != "--store" && !a.EndsWith("runs.db", StringComparison.Ordinal)).Append("--no-store").ToArray();
        var merged = CliRunner.Run(merge);

        // Then
        Assert.True(merged.ExitCode == 0, merged.Output);
        Assert.True(File.Exists(After(merge, "--out")));
    }

    private static string Folder { get; } = Path.Combine(FindRoot(), "deploy", "kubernetes");

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Folder, file));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    private static string Text(YamlNode node, params string[] path) =>
        ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(path[0])) ? ((YamlScalarNode)Node(node, path)).Value ?? string.Empty : string.Empty;

    private static YamlMappingNode Container(YamlNode job) =>
        (YamlMappingNode)Assert.Single((YamlSequenceNode)Node(job, "spec", "template", "spec", "containers"));

    private static string[] Args(YamlNode job) => [.. ((YamlSequenceNode)Node(Container(job), "args")).Select(a => ((YamlScalarNode)a).Value!)];

    private static string MountOf(YamlNode job, string volume) =>
        ((YamlSequenceNode)Node(Container(job), "volumeMounts")).Cast<YamlMappingNode>().Single(v => Text(v, "name") == volume) is var mount
            ? Text(mount, "mountPath")
            : string.Empty;

    private static string After(string[] args, string option) => args[Array.IndexOf(args, option) + 1];

    private string[] Rebase(string[] args) => [.. args.Select(a => a.StartsWith('/') ? _folder + a : a)];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "deploy", "kubernetes")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("deploy/kubernetes not found above the test folder.");
    }
}
