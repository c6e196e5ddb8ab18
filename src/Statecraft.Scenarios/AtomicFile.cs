using System.Text;

namespace Statecraft.Scenarios;

/// <summary>Writes files so that a reader never sees them half-written: the text goes to a temporary file in the same
/// folder, is flushed to disk, and then replaces the target in one rename.</summary>
/// <remarks>A crash or a full disk leaves the old file intact (and at worst a stray <c>.*.tmp</c> file). The rename is
/// atomic on the same volume on Windows, Linux and macOS. Thread-safe for distinct paths.</remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) to <paramref name="path"/>, replacing it atomically.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="text">The whole text.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a folder.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be written (the folder is missing or not writable, the disk is
    /// full); the target is unchanged and the message names it, not the temporary file.</exception>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));
    }

    /// <summary>Writes whatever <paramref name="write"/> puts into a stream to <paramref name="path"/>, replacing it atomically.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="write">Writes the whole content; if it throws, the target is unchanged and the temporary file is removed.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a folder.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be written (the folder is missing or not writable, the disk is
    /// full); the target is unchanged and the message names it, not the temporary file.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ArgumentException($"'{path}' is a folder, not a file.", nameof(path));
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.WriteThrough))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw Unwritten(path, full, temp, ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes the text <paramref name="write"/> produces, piece by piece, as UTF-8 (no byte order mark) to <paramref name="path"/>, replacing it atomically; the text is never held whole.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="write">Writes the whole text; if it throws, the target is unchanged and the temporary file is removed.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a folder.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file could not be written (the folder is missing or not writable, the disk is
    /// full); the target is unchanged and the message names it, not the temporary file.</exception>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
            write(writer);
            writer.Flush();
        });
    }

    /// <summary>The failure to write <paramref name="path"/>, told without the temporary file's name (which means nothing to
    /// the user): "could not write out.json: Disk full".</summary>
    /// <param name="path">The target as the user gave it.</param>
    /// <param name="full">The target's full path.</param>
    /// <param name="temp">The temporary file written first.</param>
    /// <param name="error">The failure.</param>
    /// <returns>An <see cref="IOException"/> with <paramref name="error"/> as its inner exception.</returns>
    private static IOException Unwritten(string path, string full, string temp, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = error.Message.Replace(temp, full, StringComparison.Ordinal);
        return new IOException($"could not write {path}: {reason}", error);
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // The original error matters more than a stray temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
