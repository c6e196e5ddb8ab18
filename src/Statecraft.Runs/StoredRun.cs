namespace Statecraft.Runs;

/// <summary>Where a run was saved: its id in the run store, and the store's file.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The run's id.</param>
/// <param name="StorePath">The run store's file.</param>
public sealed record StoredRun(long Id, string StorePath);
