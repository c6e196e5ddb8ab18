using System.Text;
using System.Text.RegularExpressions;

namespace Statecraft.Cli.Tests.Docs;

/// <summary>Every command in README.md, docs/**/*.md and the examples of every <c>--help</c> page runs and exits 0, and
/// every complete scenario in them validates: the docs say what the tool does, as written.</summary>
/// <remarks>
/// <para>Commands are taken from fenced code blocks (<c>statecraft …</c> and <c>dotnet run --project src/Statecraft.Cli --
/// …</c>) and from the EXAMPLES of each help page; they run in-process, in document order, so that a shard written by
/// one command is there for the <c>merge</c> that follows (a <c>--shard K/M</c> command runs as all M shards). Placeholders become bundled files (<see cref="Inputs"/>);
/// output files and folders go to a temporary folder, and runs are saved in a temporary store.</para>
/// <para>No <c>serve</c> command is run (a server runs until it is stopped; tests/Statecraft.Web.Tests drive the web
/// app). The few other commands that are not run are listed in <see cref="NotRun"/> with the reason, and the commands that
/// show a mistake in <see cref="ShowMistakes"/>, which must exit 2; each entry must still match a command in the docs.</para>
/// </remarks>
public sealed partial class DocsRunTests : IDisposable
{
    /// <summary>Commands that are not run, by their text in the docs, with the reason.</summary>
    private static readonly Dictionary<string, string> NotRun = new(StringComparer.Ordinal)
    {
        ["statecraft forecast SCENARIO --model eu --runs 1000000 --shard 3/8 --shard-out shards/"] = "a million replicates, one shard of a cluster run; the test writes the 8 shards of a 2,000-run forecast into shards/ instead, for the merge commands",
        ["statecraft forecast … --runs 1000000 --shard 3/8 --shard-out shards/"] = "an excerpt ('…') of the command above",
        ["statecraft forecast [SCENARIO] --runs N [--seed S] [--threads T] [--format table|json|csv] [--chart FILE.svg|png] [--store FILE | --no-store]"] = "a synopsis, not a command",
        ["statecraft sensitivity [SCENARIO] [--method oat|sobol] [--samples N] [--shock SHOCK]... [--top N] [--format table|json]"] = "a synopsis, not a command",
        ["statecraft runs list [--limit N] | runs show ID | runs rerun ID      [--store FILE]"] = "a synopsis, not a command",
    };

    /// <summary>Commands that show a mistake and its message (docs/reliability.md): they must exit 2.</summary>
    private static readonly HashSet<string> ShowMistakes = new(StringComparer.Ordinal)
    {
        "statecraft forecast --modle eu",
        "statecraft forecst",
        "statecraft forecast --seed -5",
        "statecraft forecast --threads 2",
        "statecraft forecast big.yaml --model eu",
    };

    /// <summary>Placeholders and files the docs name, and the bundled file each becomes.</summary>
    private static readonly Dictionary<string, string> Inputs = new(StringComparer.Ordinal)
    {
        ["SCENARIO"] = "middle-east-2025",
        ["my-scenario.yaml"] = CliRunner.Data("cli/three-actors.yaml"),
        ["scenario.yaml"] = CliRunner.Data("cli/three-actors.yaml"),
        ["DEU2-EU15.csv"] = CliRunner.Data("deu2/DEU2-EU15.csv"),
        ["deu2.csv"] = CliRunner.Data("deu2/DEU2-EU15.csv"),
        ["EU27.csv"] = CliRunner.Data("deu2/EU27.csv"),
        ["SOE-Pol-Comp.csv"] = CliRunner.Data("ktab/SOE-Pol-Comp.csv"),
    };

    private static readonly string[] HelpPages =
        ["forecast", "assess", "backtest", "unrest", "simulate", "validate", "convert", "scenarios", "models", "sensitivity", "merge",
         "runs list", "runs show", "runs rerun", "runs delete", "runs prune"];

    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryCommandInTheDocsAndTheHelp_Runs()
    {
        // Given
        var commands = DocCommands().Concat(HelpExamples()).ToList();
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var servers = 0;
        for (var k = 0; k < 8; k++)
        {
            Assert.Equal(0, CliRunner.Run("forecast", "--model", "eu", "--runs", "2000", "--shard", $"{k}/8", "--shard-out", Path.Combine(_folder, "shards")).ExitCode);
        }

        // When
        foreach (var (where, text) in commands)
        {
            seen.Add(text);
            if (NotRun.ContainsKey(text))
            {
                continue;
            }

            var arguments = Arguments(text);
            if (arguments is ["serve", ..])
            {
                // A server runs until it is stopped; tests/Statecraft.Web.Tests start the web app and drive it.
                servers++;
                continue;
            }

            var expected = ShowMistakes.Contains(text) ? 2 : 0;
            foreach (var args in Shards(arguments))
            {
                var (code, output) = CliRunner.Run(args);
                if (code != expected)
                {
                    failures.Add($"{where}: `{text}` exited {code} (expected {expected}): {Excerpt(output)}");
                }
            }
        }

        // Then
        Assert.True(commands.Count >= 40, $"only {commands.Count} commands found");
        Assert.True(servers >= 3, $"only {servers} serve commands found"); // docs/web.md and the README
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var stale = NotRun.Keys.Concat(ShowMistakes).Where(k => !seen.Contains(k)).ToArray();
        Assert.True(stale.Length == 0, "listed but no longer in the docs: " + string.Join("; ", stale));
    }

    [Fact]
    public void EveryScenarioInTheDocs_Validates()
    {
        // Given: the fenced YAML blocks that are whole scenarios (fragments such as an arena: section are not)
        var scenarios = Blocks().Where(b => b.Language == "yaml" && b.Text.Contains("statecraft: 1", StringComparison.Ordinal)).ToList();
        var failures = new List<string>();

        // When
        foreach (var (where, _, text) in scenarios)
        {
            var file = Path.Combine(_folder, "example.yaml");
            File.WriteAllText(file, text);
            var (code, output) = CliRunner.Run("validate", file);
            if (code != 0)
            {
                failures.Add($"{where}: {Excerpt(output)}");
            }
        }

        // Then
        Assert.NotEmpty(scenarios);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private string[] Arguments(string command)
    {
        var words = Words(command);
        var start = words[0] == "statecraft" ? 1 : words.IndexOf("--") + 1;
        var args = new List<string>();
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];
            var previous = i > start ? words[i - 1] : string.Empty;
            if (Inputs.TryGetValue(word, out var input))
            {
                args.Add(input);
            }
            else if (word == "big.yaml")
            {
                args.Add(BigScenario());
            }
            else if (word.EndsWith('/') && args is ["sensitivity", ..])
            {
                args.Add(Path.Combine(_folder, "sensitivity-" + word)); // kept apart from the forecast shards merged below
            }
            else if (previous is "--out" or "-o" or "--chart" or "--shard-out" or "--store" || word.EndsWith('/') || IsConvertOutput(args, word))
            {
                args.Add(Path.Combine(_folder, word));
            }
            else
            {
                args.Add(word);
            }
        }

        var saves = (args is ["forecast", ..] && args.Contains("--runs") && !args.Contains("--shard")) || args is ["sensitivity", ..] && !args.Contains("--shard") || args is ["merge", var shards, ..] && !shards.Contains("sweep", StringComparison.Ordinal) || args is ["runs", ..];
        // Runs are saved in a temporary store (an unrest sweep keeps none, and its merge refuses --store).
        if (saves && !args.Contains("--store") && !args.Contains("--no-store") && !args.Contains("--help"))
        {
            args.AddRange(["--store", Path.Combine(_folder, "runs.db")]);
        }

        return [.. args];
    }

    /// <summary>A command with <c>--shard K/M</c> runs as all M shards, so that the <c>merge</c> after it ("after all 8")
    /// finds every shard.</summary>
    private static IEnumerable<string[]> Shards(string[] args)
    {
        var at = Array.IndexOf(args, "--shard");
        if (at < 0 || at + 1 >= args.Length || args[at + 1].Split('/') is not [_, var m] || !int.TryParse(m, out var shards))
        {
            yield return args;
            yield break;
        }

        for (var k = 0; k < shards; k++)
        {
            var shard = (string[])args.Clone();
            shard[at + 1] = $"{k}/{shards}";
            yield return shard;
        }
    }

    /// <summary>The 10,000-actor scenario of docs/reliability.md, which <c>eu</c> refuses before it starts.</summary>
    private string BigScenario()
    {
        var file = Path.Combine(_folder, "big.yaml");
        if (!File.Exists(file))
        {
            var text = new StringBuilder("statecraft: 1\ntitle: big\nissues:\n  - {id: a, name: A}\nactors:\n");
            for (var k = 0; k < 10_000; k++)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - {{id: A{k}, name: A{k}, capability: 1, stances: {{a: {{position: {k % 101}, salience: 1}}}}}}\n");
            }

            File.WriteAllText(file, text.ToString());
        }

        return file;
    }

    private static bool IsConvertOutput(List<string> args, string word) => args is ["convert", _] && !word.StartsWith('-');

    private static List<string> Words(string command)
    {
        // A small shell: words split at spaces, '…' and "…" quote, and a # starts a comment.
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static IEnumerable<(string Where, string Text)> DocCommands()
    {
        foreach (var (where, _, text) in Blocks())
        {
            var line = 0;
            foreach (var raw in text.Split('\n'))
            {
                line++;
                var command = Strip(raw.Trim().StartsWith("$ ", StringComparison.Ordinal) ? raw.Trim()[2..] : raw.Trim());
                if (command.StartsWith("statecraft ", StringComparison.Ordinal) || command.StartsWith("dotnet run --project src/Statecraft.Cli -- ", StringComparison.Ordinal))
                {
                    yield return ($"{where}+{line}", command);
                }
            }
        }
    }

    private static IEnumerable<(string Where, string Text)> HelpExamples()
    {
        foreach (var page in HelpPages)
        {
            var (code, help) = CliRunner.Run([.. page.Split(' '), "--help"]);
            Assert.Equal(0, code);
            var examples = help.Split('\n').SkipWhile(l => !l.StartsWith("EXAMPLES:", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Trim().Length > 0);
            foreach (var example in examples)
            {
                yield return ($"statecraft {page} --help", example.Trim());
            }
        }
    }

    /// <summary>The text without its trailing comment (a # after two spaces, as the docs align them).</summary>
    private static string Strip(string command)
    {
        var comment = CommentRegex().Match(command);
        return (comment.Success ? command[..comment.Index] : command).TrimEnd();
    }

    private static IEnumerable<(string Where, string Language, string Text)> Blocks()
    {
        var root = RepositoryRoot();
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    continue;
                }

                var language = lines[i][3..].Trim();
                var start = i + 1;
                var end = start;
                while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal))
                {
                    end++;
                }

                yield return ($"{Path.GetRelativePath(root, file)}:{i + 1}", language, string.Join('\n', lines[start..end]) + "\n");
                i = end;
            }
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Statecraft.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Statecraft.slnx not found above the test folder");
    }

    private static string Excerpt(string output) => output.Length <= 400 ? output : output[..400] + "…";

    [GeneratedRegex(@"\s{2,}#")]
    private static partial Regex CommentRegex();
}
