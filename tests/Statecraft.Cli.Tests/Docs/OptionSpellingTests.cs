using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Statecraft.Cli.Tests.Options;
using Statecraft.Model.Domain;

namespace Statecraft.Cli.Tests.Docs;

/// <summary>
/// The docs spell every model option as its declaration does, so they cannot drift from what <c>statecraft models</c>
/// prints: each option table of <c>docs/models/</c> names declared options, with the declared default, choices a
/// reader accepts (all of them where the column lists the values) and ranges written as the declaration writes them
/// (<c>[1, 10000]</c>, not <c>1–10000</c> or <c>≥ 1</c>); and every <c>--set name=value</c> or <c>`name=value`</c>
/// in <c>docs/</c>, <c>README.md</c> and the <c>--help</c> pages names a declared option with a value its reader accepts.
/// </summary>
public sealed partial class OptionSpellingTests
{
    /// <summary>Each page of docs/models and the owners (<see cref="OptionDeclarationTests.Owners"/>) whose options its tables show.</summary>
    private static readonly Dictionary<string, string[]> Pages = new(StringComparer.Ordinal)
    {
        ["baselines.md"] = ["model 'compromise'", "model 'median'", "model 'nash'", "model 'mean'"],
        ["expected-utility.md"] = ["model 'eu'"],
        ["spatial.md"] = ["model 'smp'"],
        ["exchange.md"] = ["model 'exchange'"],
        ["statecraft.md"] = ["model 'statecraft'"],
        ["two-fronts.md"] = ["the two-front coupling"],
        ["unrest.md"] = ["unrest Model I", "unrest Model II"],
    };

    private static string Root => ReferenceSectionTests.Root;

    [Fact]
    public void EveryModelPage_IsChecked()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Root, "docs", "models"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Pages.Keys.Order(StringComparer.Ordinal), pages);
    }

    [Fact]
    public void OptionTables_SpellNamesDefaultsAndValuesAsDeclared()
    {
        var problems = new List<string>();
        var checkedRows = 0;
        foreach (var (page, owners) in Pages)
        {
            var declared = owners.SelectMany(o => OptionDeclarationTests.Owners[o].Options).ToList();
            foreach (var (header, rows) in OptionTables(Path.Combine(Root, "docs", "models", page)))
            {
                foreach (var (line, cells) in rows)
                {
                    var where = $"docs/models/{page}:{line}";
                    var names = Backticked(cells[0]);
                    foreach (var name in names)
                    {
                        if (name.Contains('=', StringComparison.Ordinal))
                        {
                            CheckPair(where, name, declared, problems);
                        }
                        else if (!declared.Any(o => o.Answers(name)))
                        {
                            problems.Add($"{where}: `{name}` is not an option of {string.Join(" or ", owners)}.");
                        }
                    }

                    if (names.Count == 1 && declared.FirstOrDefault(o => o.Answers(names[0])) is { } option)
                    {
                        checkedRows++;
                        CheckRow(where, option, header, cells, problems);
                    }
                }
            }
        }

        Assert.True(checkedRows > 60, $"only {checkedRows} option rows found in docs/models; is the layout what this test expects?");
        Assert.True(problems.Count == 0, "option tables that do not spell an option as its declaration does ('statecraft models'):\n" + string.Join('\n', problems));
    }

    [Fact]
    public void EverySetNameValue_InTheDocs_IsDeclaredAndAccepted()
    {
        var all = OptionDeclarationTests.Owners.Values.SelectMany(o => o.Options).ToList();
        var problems = new List<string>();
        var pairs = 0;
        // The --help pages as their snapshots pin them.
        var help = Directory.EnumerateFiles(Path.Combine(Root, "tests", "Statecraft.Cli.Tests", "Snapshots", "golden"), "help*.txt");
        var files = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Root, "README.md")).Concat(help);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in SetPair().Matches(lines[i]).Where(m => m.Value != "--set name=value"))
                {
                    pairs++;
                    var name = m.Groups[1].Value;
                    if (!all.Any(o => o.Answers(name)))
                    {
                        problems.Add($"{relative}:{i + 1}: --set {name}: no model declares an option '{name}'.");
                        continue;
                    }

                    CheckPair($"{relative}:{i + 1}", name + "=" + m.Groups[2].Value, all, problems);
                }

                foreach (Match m in BacktickedPair().Matches(lines[i]))
                {
                    if (all.Any(o => o.Answers(m.Groups[1].Value)))
                    {
                        pairs++;
                        CheckPair($"{relative}:{i + 1}", m.Groups[1].Value + "=" + m.Groups[2].Value, all, problems);
                    }
                }
            }
        }

        Assert.True(pairs > 30, $"only {pairs} name=value settings found in the docs; is the layout what this test expects?");
        Assert.True(problems.Count == 0, "settings in the docs that no declaration accepts ('statecraft models'):\n" + string.Join('\n', problems));
    }

    private static void CheckRow(string where, ModelOption option, List<string> header, List<string> cells, List<string> problems)
    {
        for (var j = 1; j < Math.Min(header.Count, cells.Count); j++)
        {
            var column = header[j].ToLowerInvariant();
            var cell = cells[j];
            if (ProseColumn().IsMatch(column))
            {
                continue;
            }

            if (column.StartsWith("default", StringComparison.Ordinal))
            {
                CheckDefault(where, option, cell, problems);
                continue;
            }

            CheckRanges(where, option, cell, problems);
            var tokens = Backticked(cell).Where(t => !t.Contains('=', StringComparison.Ordinal)).ToList();
            if (Choices(option) is not { } choices)
            {
                continue;
            }

            foreach (var token in tokens.Where(t => !choices.Contains(t, StringComparer.OrdinalIgnoreCase)))
            {
                problems.Add(Accepts(option, token)
                    ? $"{where}: spell `{token}` as '{option.Name}' declares it; its values are {option.Allowed}."
                    : $"{where}: `{token}` is not a value of '{option.Name}'; its values are {option.Allowed}.");
            }

            if (column.Contains("value", StringComparison.Ordinal) || column.Contains("allowed", StringComparison.Ordinal))
            {
                var missing = choices.Where(c => !tokens.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add($"{where}: the values of '{option.Name}' leave out {string.Join(", ", missing)}; its values are {option.Allowed}.");
                }

                if (column.Contains("default first", StringComparison.Ordinal) && tokens.Count > 0 && !string.Equals(tokens[0], option.DefaultText, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{where}: the default of '{option.Name}' is {option.DefaultText}, not {tokens[0]}.");
                }
            }
        }
    }

    private static void CheckDefault(string where, ModelOption option, string cell, List<string> problems)
    {
        if (!option.DefaultReadsBack)
        {
            return;
        }

        var text = Backticked(cell).FirstOrDefault() ?? LeadingNumber().Match(cell.Trim()).Value;
        if (text.Length == 0)
        {
            return;
        }

        var same = IsNumber(text, out var given) && IsNumber(option.DefaultText, out var declared)
            ? given == declared
            : string.Equals(text, option.DefaultText, StringComparison.OrdinalIgnoreCase);
        if (!same)
        {
            problems.Add($"{where}: the default of '{option.Name}' is {option.DefaultText}, not {text}.");
        }
    }

    private static void CheckRanges(string where, ModelOption option, string cell, List<string> problems)
    {
        if (option is not (NumberOption or IntegerOption))
        {
            return;
        }

        foreach (Match m in Interval().Matches(cell))
        {
            // An end that names another option ("[1, `max-turns`]") says more than the declaration can.
            if (!m.Value.Contains('`', StringComparison.Ordinal) && m.Value.Replace(" ", string.Empty, StringComparison.Ordinal) != option.Allowed.Replace(" ", string.Empty, StringComparison.Ordinal))
            {
                problems.Add($"{where}: '{option.Name}' allows {option.Allowed}, not {m.Value}.");
            }
        }

        if (OtherRangeSpelling().Match(cell) is { Success: true } other)
        {
            problems.Add($"{where}: write the range of '{option.Name}' as the declaration does, {option.Allowed}, not '{other.Value}'.");
        }
    }

    private static void CheckPair(string where, string pair, IReadOnlyList<ModelOption> options, List<string> problems)
    {
        var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var candidates = options.Where(o => o.Answers(name)).ToList();
        if (candidates.Count == 0)
        {
            problems.Add($"{where}: `{pair}`: '{name}' is not one of these options.");
        }
        else if (!candidates.Any(o => Accepts(o, value)))
        {
            problems.Add($"{where}: `{pair}`: '{value}' is not allowed for '{name}'; expected {string.Join(" or ", candidates.Select(o => o.Allowed).Distinct())}.");
        }
    }

    /// <summary>Returns whether the declaration's own reader accepts <paramref name="value"/>.</summary>
    private static bool Accepts(ModelOption option, string value)
    {
        var read = option.GetType().GetMethod("Read", [typeof(ModelSettings)])
            ?? throw new InvalidOperationException($"{option.GetType().Name} has no Read(ModelSettings).");
        try
        {
            read.Invoke(option, [ModelSettings.Empty.With(option.Name, value)]);
            return true;
        }
        catch (TargetInvocationException e) when (e.InnerException is ModelOptionException)
        {
            return false;
        }
    }

    private static string[]? Choices(ModelOption option) =>
        option.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ChoiceOption<>)
            ? option.Allowed.Split(", ")
            : null;

    private static bool IsNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static List<string> Backticked(string cell) => [.. Code().Matches(cell).Select(m => m.Groups[1].Value)];

    /// <summary>The tables whose first column is headed "Option": their header cells and their rows with line numbers.</summary>
    private static IEnumerable<(List<string> Header, List<(int Line, List<string> Cells)> Rows)> OptionTables(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            var header = Cells(lines[i]);
            if (!header[0].StartsWith("option", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rows = new List<(int, List<string>)>();
            for (var k = i + 2; k < lines.Length && lines[k].StartsWith('|'); k++)
            {
                rows.Add((k + 1, Cells(lines[k])));
            }

            yield return (header, rows);
        }
    }

    private static List<string> Cells(string row) =>
        [.. CellSplit().Split(row.Trim().Trim('|')).Select(c => c.Replace("\\|", "|", StringComparison.Ordinal).Trim())];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex("meaning|what|source|why|note")]
    private static partial Regex ProseColumn();

    [GeneratedRegex(@"^-?[0-9][0-9.eE+-]*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"[\[(]\s*-?[0-9`][^\]\),]*,\s*[^\]\)]+[\])]")]
    private static partial Regex Interval();

    [GeneratedRegex(@"[≥≤]\s*-?[0-9]+(\.[0-9]+)?|\b[0-9]+\s*[–-]\s*[0-9]+\b")]
    private static partial Regex OtherRangeSpelling();

    [GeneratedRegex(@"--set\s+['""]?([A-Za-z][\w-]*)=([^\s'""`]+)")]
    private static partial Regex SetPair();

    [GeneratedRegex(@"`([a-z][a-z0-9-]*)=([^`\s]+)`")]
    private static partial Regex BacktickedPair();
}
