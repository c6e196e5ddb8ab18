namespace Statecraft.Scenarios;

/// <summary>Checks, before any work starts, that a file or folder can be written where the user asked, so that a long run
/// never ends in "could not write" and a lost result.</summary>
/// <remarks>
/// <para>A target is refused when it is a folder where a file is wanted (or a file where a folder is wanted), when its
/// folder does not exist (unless it is to be created), when the file or folder is write-protected, or when the folder
/// refuses a test file. Write protection is read from the permission bits (no write bit for owner, group or others,
/// as <c>chmod a-w</c> leaves them; on Windows the read-only attribute), so that a protected file is respected even by
/// an administrator whom the system would let through.</para>
/// <para>Each method returns what is wrong in words that follow the path ("the folder /x does not exist; create it
/// first"), or <see langword="null"/> when the target can be written. Stateless and thread-safe.</para>
/// </remarks>
public static class WritablePath
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Says why the file <paramref name="path"/> cannot be written, or returns <see langword="null"/>.</summary>
    /// <param name="path">The file to be written (created or replaced).</param>
    /// <param name="createFolder">Whether a missing folder will be created (then its nearest existing parent must be writable).</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? FileProblem(string path, bool createFolder = false)
    {
        if (Full(path) is not { } full)
        {
            return "it is not a valid file path";
        }

        if (Directory.Exists(full))
        {
            return "it is a folder; name a file inside it";
        }

        if (File.Exists(full) && IsWriteProtected(full))
        {
            return "it is read-only; make it writable or choose another file";
        }

        var folder = Path.GetDirectoryName(full);
        return string.IsNullOrEmpty(folder) ? null : FolderProblem(folder, createFolder);
    }

    /// <summary>Says why files cannot be written into the folder <paramref name="path"/>, or returns <see langword="null"/>.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="create">Whether a missing folder will be created (then its nearest existing parent must be writable).</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? FolderProblem(string path, bool create = false)
    {
        if (Full(path) is not { } full)
        {
            return "it is not a valid folder path";
        }

        if (File.Exists(full))
        {
            return "it is a file, not a folder";
        }

        if (!Directory.Exists(full))
        {
            if (!create)
            {
                return $"the folder {full} does not exist; create it first";
            }

            var parent = Path.GetDirectoryName(full);
            while (!string.IsNullOrEmpty(parent) && !Directory.Exists(parent))
            {
                if (File.Exists(parent))
                {
                    return $"{parent} is a file, not a folder";
                }

                parent = Path.GetDirectoryName(parent);
            }

            return string.IsNullOrEmpty(parent) ? null : Unwritable(parent);
        }

        return Unwritable(full);
    }

    private static string? Unwritable(string folder)
    {
        var refusal = $"the folder {folder} is not writable; make it writable or choose another place";
        if (IsWriteProtected(folder))
        {
            return refusal;
        }

        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".statecraft-{Guid.NewGuid():N}.probe"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return refusal;
        }
    }

    private static bool IsWriteProtected(string path) => OperatingSystem.IsWindows()
        ? !Directory.Exists(path) && File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
        : (File.GetUnixFileMode(path) & AnyWrite) == 0;

    private static string? Full(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
