using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Statecraft.Storage;

/// <summary>The run store could not be opened, read or written: the message names the store's path, what went wrong and
/// what to do about it.</summary>
/// <remarks>Raised for every SQLite failure of <see cref="RunStore"/>, so that no face shows SQLite's bare
/// "SQLite Error 14" without the path. Immutable.</remarks>
public sealed class RunStoreException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RunStoreException"/> class.</summary>
    /// <param name="storePath">The store file.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="inner">The SQLite failure behind it, if any.</param>
    public RunStoreException(string storePath, string message, Exception? inner = null)
        : base(message, inner)
    {
        StorePath = storePath;
    }

    /// <summary>Initializes a new instance of the <see cref="RunStoreException"/> class.</summary>
    public RunStoreException()
    {
        StorePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="RunStoreException"/> class with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public RunStoreException(string message)
        : base(message)
    {
        StorePath = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="RunStoreException"/> class with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="inner">The cause.</param>
    public RunStoreException(string message, Exception inner)
        : base(message, inner)
    {
        StorePath = string.Empty;
    }

    /// <summary>Gets the store file the failure concerns.</summary>
    public string StorePath { get; }

    /// <summary>Explains a SQLite failure on the store at <paramref name="storePath"/>: read-only, full, damaged, locked,
    /// impossible to open, or a disk error, each with what to do.</summary>
    /// <param name="error">The SQLite failure.</param>
    /// <param name="storePath">The store file.</param>
    /// <returns>The exception to throw.</returns>
    public static RunStoreException From(SqliteException error, string storePath)
    {
        ArgumentNullException.ThrowIfNull(error);
        const string Elsewhere = "point --store or STATECRAFT_STORE at another file, or pass --no-store to run without storing";
        var what = (error.SqliteErrorCode & 0xFF) switch
        {
            SQLitePCL.raw.SQLITE_READONLY => $"is read-only; make the file and its folder writable, or {Elsewhere}",
            SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => $"cannot be accessed (permission denied); check its permissions, or {Elsewhere}",
            SQLitePCL.raw.SQLITE_CANTOPEN => $"cannot be opened (is it a folder, or is its folder missing or not writable?); {Elsewhere}",
            SQLitePCL.raw.SQLITE_FULL => $"cannot grow: the disk is full; free some space or delete old runs (statecraft runs prune --keep N), or {Elsewhere}",
            SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB => $"is damaged or is not a Statecraft run store; move it aside (a new store is then created in its place), or {Elsewhere}",
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => $"is locked by another process for longer than 10 s; try again when that process ends, or {Elsewhere}",
            SQLitePCL.raw.SQLITE_IOERR => $"could not be read or written (a disk error); check the disk, or {Elsewhere}",
            _ => $"failed; {Elsewhere}",
        };
        return new RunStoreException(storePath, string.Create(CultureInfo.InvariantCulture, $"the run store {storePath} {what}. ({error.Message})"), error);
    }
}
