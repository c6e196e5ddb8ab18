using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios;

/// <summary>Loads a scenario file of any known format: the one class that touches the file system for reading.</summary>
/// <remarks>
/// <para>Before parsing, the loader refuses what cannot be a scenario, with a clear message and never a hang or an
/// out-of-memory: a missing file (SC1001, suggesting the nearest file name), a folder (SC1002), an empty file or one
/// that is not a regular file, such as a FIFO or a device, refused without opening it (SC1010), a file over
/// <see cref="ScenarioReadOptions.MaxFileBytes"/> (SC1003, read no further), binary content (SC1004, the offset of
/// the first NUL byte), UTF-16 or invalid UTF-8 (SC1005, with the byte offset). A UTF-8 byte order mark is skipped.
/// The format is chosen by <see cref="ScenarioFormats.TryDetect"/>.</para>
/// <para>Companion files named by options (the DEU <c>weights</c> table) are read with the same checks.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>The option keys whose values name companion files the loader reads for the format.</summary>
    public static ImmutableArray<string> CompanionOptionKeys { get; } = ["weights"];

    /// <summary>The reader options only the DEU II format takes.</summary>
    private static readonly string[] DeuOptionKeys = ["capability", "weights"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads and validates a scenario file.</summary>
    /// <param name="path">The file path; diagnostics name the file as given here.</param>
    /// <param name="options">Reader options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioValidationException">The file cannot be read or has errors; carries every diagnostic.</exception>
    public static Scenario Load(string path, ScenarioReadOptions? options = null)
    {
        var result = Read(path, options);
        return result.IsValid ? result.Scenario! : throw new ScenarioValidationException(result.Diagnostics);
    }

    /// <summary>Tries to load a scenario file, returning every diagnostic instead of throwing.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Reader options, or <see langword="null"/> for the defaults.</param>
    /// <param name="scenario">The scenario, when the file has no errors.</param>
    /// <param name="diagnostics">Every problem found (warnings too), sorted by position.</param>
    /// <returns><see langword="true"/> when the file has no errors.</returns>
    public static bool TryLoad(string path, ScenarioReadOptions? options, out Scenario? scenario, out ImmutableArray<Diagnostic> diagnostics)
    {
        var result = Read(path, options);
        scenario = result.IsValid ? result.Scenario : null;
        diagnostics = result.Diagnostics;
        return result.IsValid;
    }

    /// <summary>Reads a scenario file and returns the scenario (when valid) with every diagnostic, warnings included.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Reader options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The read result; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static ScenarioReadResult Read(string path, ScenarioReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ScenarioReadOptions.Default;
        if (!TryReadText(path, options.MaxFileBytes, out var text, out var problem))
        {
            return new ScenarioReadResult(null, [problem!]);
        }

        if (!ScenarioFormats.TryDetect(path, text.AsSpan(), options.Format, out var format, out problem))
        {
            return new ScenarioReadResult(null, [problem!]);
        }

        if (NotApplicable(path, format!, options) is { } ignored)
        {
            return new ScenarioReadResult(null, [ignored]);
        }

        var companions = options.Companions;
        foreach (var key in CompanionOptionKeys)
        {
            if (options.Values.TryGetValue(key, out var companion) && !companions.ContainsKey(companion))
            {
                var companionPath = File.Exists(companion) ? companion : Path.Combine(Path.GetDirectoryName(path) ?? ".", companion);
                if (!TryReadText(companionPath, options.MaxFileBytes, out var companionText, out problem))
                {
                    return new ScenarioReadResult(null, [problem!]);
                }

                companions = companions.SetItem(companion, companionText);
            }
        }

        return format!.Read(text, path, options with { Companions = companions });
    }

    /// <summary>Reads a whole file as UTF-8 text after the size, folder, binary and encoding checks.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="text">The text, without a byte order mark.</param>
    /// <param name="problem">Why the file was refused.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    public static bool TryReadText(string path, long maxBytes, out string text, out Diagnostic? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        text = string.Empty;
        problem = null;
        try
        {
            if (Directory.Exists(path))
            {
                problem = Fail(path, DiagnosticCatalog.IsDirectory, $"'{path}' is a folder, not a scenario file.", "Give the path of a file inside it.");
                return false;
            }

            if (!File.Exists(path))
            {
                problem = Fail(path, DiagnosticCatalog.FileNotFound, $"file '{path}' does not exist.", NotFoundHint(path));
                return false;
            }

            if (new FileInfo(path).Length == 0)
            {
                // A FIFO, a device or a socket reports no size, like an empty file; opening a FIFO would wait for a writer
                // and a device may never end, so neither is opened.
                problem = Fail(path, DiagnosticCatalog.EmptyFile, $"'{path}' has nothing to read: it is empty, or it is not a regular file (a FIFO, a device or a socket).",
                    "Give a scenario file; to use the output of a command, save it to a file first.");
                return false;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > maxBytes)
            {
                problem = Fail(path, DiagnosticCatalog.FileTooLarge,
                    $"the file is {Size(stream.Length)} ({stream.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes); the limit is {Size(maxBytes)}.",
                    "A scenario file is a small text file; check that this is the right file.");
                return false;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return Decode(path, bytes, out text, out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = Fail(path, DiagnosticCatalog.FileUnreadable, $"cannot read '{path}': {e.Message}", "Check that the file exists and is readable.");
            return false;
        }
    }

    private static bool Decode(string path, byte[] bytes, out string text, out Diagnostic? problem)
    {
        text = string.Empty;
        problem = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            problem = Fail(path, DiagnosticCatalog.InvalidUtf8, "the file is UTF-16 text (byte order mark at offset 0); scenario files are UTF-8.",
                "Save it as UTF-8.");
            return false;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = Fail(path, DiagnosticCatalog.BinaryContent, $"the file is binary: it contains a NUL byte at offset {nul}.",
                "Scenario files are UTF-8 text (YAML, CSV or XML).");
            return false;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            problem = Fail(path, DiagnosticCatalog.InvalidUtf8,
                $"the file is not valid UTF-8: byte 0x{bytes[offset]:X2} at offset {offset} is not part of a UTF-8 character.",
                "Save the file as UTF-8 (it may be in a legacy encoding such as Windows-1252, or binary).");
            return false;
        }
    }

    /// <summary>Refuses a reader option the detected format would ignore: only DEU II files take a capability
    /// convention or a weight table (<c>--capability</c>, <c>--weights</c>).</summary>
    private static Diagnostic? NotApplicable(string path, IScenarioFormat format, ScenarioReadOptions options)
    {
        if (format.Name.Equals("deu", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = DeuOptionKeys.FirstOrDefault(options.Values.ContainsKey);
        return key is null
            ? null
            : Fail(path, DiagnosticCatalog.ReaderOptionNotApplicable, $"--{key} {options.Values[key]} applies only to DEU II files, and '{Path.GetFileName(path)}' is read as {format.Name}.", "Leave it out, or read a DEU II file (--input-format deu).");
    }

    private static Diagnostic Fail(string path, string code, string message, string hint) =>
        DiagnosticCatalog.Error(code, message, hint: hint) with { File = path };

    private static string NotFoundHint(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder))
        {
            return $"The folder '{Path.GetDirectoryName(path)}' does not exist either.";
        }

        var near = NearestName.Find(Path.GetFileName(path), Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Take(10_000));
        return near is null ? "Check the path and the current folder." : DiagnosticCatalog.DidYouMean(near);
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{(bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture)} GiB",
        >= 1L << 20 => $"{(bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture)} MiB",
        >= 1L << 10 => $"{(bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture)} KiB",
        _ => $"{bytes} bytes",
    };
}
