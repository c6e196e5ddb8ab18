using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.ActorTable;
using Statecraft.Scenarios.Formats.Decide;
using Statecraft.Scenarios.Formats.Ktab;
using Statecraft.Scenarios.Formats.Yaml;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios;

/// <summary>The registry of scenario file formats: lists them, finds one by name, and detects a file's format.</summary>
/// <remarks>
/// Detection: an explicit name (<c>--format</c>) wins. Otherwise the formats that claim the file's extension are
/// asked whether the first characters look like theirs (<see cref="IScenarioFormat.CanRead"/>); if not exactly one
/// does, every format is asked. Exactly one match is used; more than one is an ambiguity error naming the
/// candidates and <c>--format</c>. When none matches, a file whose extension belongs to exactly one format (e.g.
/// <c>.yaml</c>, but not the generic <c>.csv</c> or <c>.txt</c>) goes to that format so its reader can say what is
/// missing; otherwise it is an unknown-format error. Immutable and thread-safe.
/// </remarks>
public static class ScenarioFormats
{
    /// <summary>Gets every format, in detection order.</summary>
    public static ImmutableArray<IScenarioFormat> All { get; } =
    [
        new YamlScenarioFormat(),
        new KtabCsvFormat(),
        new KtabXmlFormat(),
        new ActorTableFormat(),
        new DecideFormat(),
        new Formats.Deu.DeuScenarioFormat(),
    ];

    /// <summary>Extensions shared by many kinds of text, which never decide a format on their own.</summary>
    private static readonly string[] GenericExtensions = [".txt", ".csv", ".tsv", ".dat", ""];

    /// <summary>Gets the names of every format, for help texts.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>Finds a format by its name (case-insensitive).</summary>
    /// <param name="name">A format name such as <c>yaml</c>.</param>
    /// <returns>The format, or <see langword="null"/> if none has that name.</returns>
    public static IScenarioFormat? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Chooses the format for a file, or explains why none can be chosen.</summary>
    /// <param name="fileName">The file name as given (for the extension and for messages).</param>
    /// <param name="head">The first characters of the text (up to 4,096 are used).</param>
    /// <param name="formatName">An explicit format name, or <see langword="null"/> to detect.</param>
    /// <param name="format">The chosen format.</param>
    /// <param name="problem">Why no format was chosen (codes SC1006, SC1007, SC1008).</param>
    /// <returns><see langword="true"/> when a format was chosen.</returns>
    public static bool TryDetect(string fileName, ReadOnlySpan<char> head, string? formatName, out IScenarioFormat? format, out Diagnostic? problem)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        head = head.Length > 4096 ? head[..4096] : head;
        problem = null;
        if (!string.IsNullOrWhiteSpace(formatName))
        {
            format = Find(formatName);
            if (format is null)
            {
                var hint = $"Known formats: {string.Join(", ", Names)}. {DiagnosticCatalog.DidYouMean(NearestName.Find(formatName, Names))}".TrimEnd();
                var error = DiagnosticCatalog.Error(DiagnosticCatalog.UnknownFormatName, $"--input-format {formatName} is not a known format.",
                    "format", formatName, string.Join(", ", Names), hint);
                problem = error with { File = fileName };
            }

            return format is not null;
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var byExtension = All.Where(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)).ToList();
        var sniffed = Recognising(byExtension, fileName, head);
        if (sniffed.Count != 1)
        {
            var any = Recognising(All, fileName, head);
            if (sniffed.Count == 0 || any.Count == 1)
            {
                sniffed = any;
            }
        }

        if (sniffed.Count == 0 && byExtension.Count == 1 && !GenericExtensions.Contains(extension))
        {
            // A file named for one format that does not look like it: let that format's reader say what is wrong.
            sniffed = byExtension;
        }

        if (sniffed.Count == 1)
        {
            format = sniffed[0];
            return true;
        }

        format = null;
        problem = sniffed.Count == 0
            ? DiagnosticCatalog.Error(DiagnosticCatalog.UnknownFormat, $"cannot tell which scenario format '{Path.GetFileName(fileName)}' is in.",
                allowed: string.Join(", ", Names),
                hint: $"Name it with --input-format ({string.Join(", ", Names)}); docs/formats/ describes each.")
            : DiagnosticCatalog.Error(DiagnosticCatalog.AmbiguousFormat,
                $"'{Path.GetFileName(fileName)}' could be read as {string.Join(" or ", sniffed.Select(f => f.Name))}.",
                allowed: string.Join(", ", sniffed.Select(f => f.Name)),
                hint: $"Choose one with {string.Join(" or ", sniffed.Select(f => $"--input-format {f.Name}"))}.");
        problem = problem with { File = fileName };
        return false;
    }

    private static List<IScenarioFormat> Recognising(IEnumerable<IScenarioFormat> formats, string fileName, ReadOnlySpan<char> head)
    {
        var found = new List<IScenarioFormat>();
        foreach (var f in formats)
        {
            if (f.CanRead(fileName, head))
            {
                found.Add(f);
            }
        }

        return found;
    }
}
