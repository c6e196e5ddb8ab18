using System.Globalization;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Opens the run store and finds runs in it, with messages a person can act on.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RunStores
{
    /// <summary>Opens the store at <paramref name="path"/> (or the default store).</summary>
    /// <param name="path">The store file, or <see langword="null"/> for <see cref="RunStore.DefaultPath"/>.</param>
    /// <param name="mustExist">Whether a missing store is an error rather than created empty.</param>
    /// <returns>The open store; the caller disposes it.</returns>
    /// <exception cref="UserInputException"><paramref name="mustExist"/> is true and there is no store.</exception>
    public static RunStore Open(string? path, bool mustExist)
    {
        var file = path ?? RunStore.DefaultPath();
        if (mustExist && !File.Exists(file))
        {
            throw new UserInputException($"no run store at {file}; runs are saved by 'forecast --runs N' and 'sensitivity'.");
        }

        return RunStore.Open(file);
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
}
