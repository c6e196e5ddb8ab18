using System.Globalization;
using Statecraft.Scenarios;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Opens the run store and finds runs in it, with messages a person can act on.</summary>
/// <remarks>
/// <para>Reading (<c>runs list</c>, <c>runs show</c>, <c>runs rerun</c>) opens the store read-only, so a store on a
/// read-only file, folder or disk can still be listed and read. A command that would save a run checks first that the
/// store can be written (<see cref="WriteProblem"/>) and refuses before any work starts when it cannot: a result is never
/// computed only to be lost.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class RunStores
{
    /// <summary>Opens the store at <paramref name="path"/> (or the default store) for reading and writing.</summary>
    /// <param name="path">The store file, or <see langword="null"/> for <see cref="RunStore.DefaultPath"/>.</param>
    /// <param name="mustExist">Whether a missing store is an error rather than created empty.</param>
    /// <returns>The open store; the caller disposes it.</returns>
    /// <exception cref="UserInputException"><paramref name="mustExist"/> is true and there is no store, or the store cannot be written.</exception>
    /// <exception cref="RunStoreException">SQLite cannot open the store.</exception>
    public static RunStore Open(string? path, bool mustExist)
    {
        var file = path ?? RunStore.DefaultPath();
        if (mustExist && !File.Exists(file))
        {
            throw Missing(file);
        }

        if (WriteProblem(file) is { } problem)
        {
            throw new UserInputException(problem);
        }

        return RunStore.Open(file);
    }

    /// <summary>Opens the existing store at <paramref name="path"/> (or the default store) for reading only.</summary>
    /// <param name="path">The store file, or <see langword="null"/> for <see cref="RunStore.DefaultPath"/>.</param>
    /// <returns>The open store; the caller disposes it.</returns>
    /// <exception cref="UserInputException">There is no store, or the path is a folder.</exception>
    /// <exception cref="RunStoreException">SQLite cannot open the store, or it is not a run store.</exception>
    public static RunStore OpenForReading(string? path)
    {
        var file = path ?? RunStore.DefaultPath();
        if (Directory.Exists(file))
        {
            throw new UserInputException($"the run store {file} is a folder; point --store or STATECRAFT_STORE at a store file.");
        }

        return File.Exists(file) ? RunStore.OpenReadOnly(file) : throw Missing(file);
    }

    /// <summary>Says why a run cannot be saved in the store at <paramref name="path"/> (or the default store), or returns
    /// <see langword="null"/>: the path is a folder, the file or its folder is write-protected, or the file is damaged or
    /// not a run store. Checked before a run starts, so that a result is never computed only to be lost.</summary>
    /// <param name="path">The store file, or <see langword="null"/> for <see cref="RunStore.DefaultPath"/>.</param>
    /// <returns>The message naming the store and what to do, or <see langword="null"/>.</returns>
    public static string? WriteProblem(string? path)
    {
        var file = path ?? RunStore.DefaultPath();
        if (WritablePath.FileProblem(file, createFolder: true) is { } problem)
        {
            var readable = File.Exists(file) ? " Its runs can still be listed and read." : string.Empty;
            return $"the run store {file} cannot be written: {problem}.{readable} To save this run, point --store or STATECRAFT_STORE at a writable file, or pass --no-store to run without storing.";
        }

        if (File.Exists(file) && new FileInfo(file).Length > 0)
        {
            try
            {
                using var store = RunStore.OpenReadOnly(file);
            }
            catch (RunStoreException ex) when (ex.InnerException is not null)
            {
                return ex.Message;
            }
        }

        return null;
    }

    /// <summary>Finds run <paramref name="id"/>.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="id">The run's id.</param>
    /// <returns>The run.</returns>
    /// <exception cref="UserInputException">The store has no such run.</exception>
    public static RunRecord Find(RunStore store, long id)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Find(id) ?? throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"no run {id} in {store.Path}; see 'statecraft runs list'."));
    }

    private static UserInputException Missing(string file) =>
        new($"no run store at {file}; runs are saved by 'forecast --runs N' and 'sensitivity'.");
}
