using System.Runtime.CompilerServices;

namespace Statecraft.Testing;

/// <summary>Golden-file assertions: compares text with a file kept next to the test, and writes <c>*.received.*</c> on mismatch.</summary>
/// <remarks>
/// Set the environment variable <c>UPDATE_GOLDEN=1</c> to accept the received text as the new golden file.
/// Line ends are normalised to <c>\n</c>. Thread-safe for distinct names.
/// </remarks>
public static class Golden
{
    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <c>golden/{name}</c> beside the calling test.</summary>
    /// <param name="actual">The text produced by the test.</param>
    /// <param name="name">The golden file's name, e.g. <c>forecast-table.txt</c>.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling test's source file.</param>
    /// <exception cref="GoldenMismatchException">The text differs from the golden file, or the file is missing.</exception>
    public static void Assert(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "golden");
        var path = Path.Combine(folder, name);
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, normalised);
            return;
        }

        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(received, normalised);
            throw new GoldenMismatchException($"Golden file {path} does not exist; wrote {received}. Run with UPDATE_GOLDEN=1 to accept it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != normalised)
        {
            File.WriteAllText(received, normalised);
            var line = FirstDifferentLine(expected, normalised);
            throw new GoldenMismatchException($"Output differs from {path} at line {line}; wrote {received}. Run with UPDATE_GOLDEN=1 to accept it.");
        }

        if (File.Exists(received))
        {
            File.Delete(received);
        }
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Min(la.Length, lb.Length); i++)
        {
            if (la[i] != lb[i])
            {
                return i + 1;
            }
        }

        return Math.Min(la.Length, lb.Length) + 1;
    }
}
