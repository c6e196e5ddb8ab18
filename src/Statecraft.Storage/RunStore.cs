using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Statecraft.Storage;

/// <summary>A SQLite file that keeps every run with its manifest, results and per-replicate samples.</summary>
/// <remarks>
/// <para>Durability: the file uses write-ahead logging (<c>journal_mode=WAL</c>) with <c>synchronous=FULL</c>, and
/// <see cref="Save"/> writes a run and all its samples in one <c>BEGIN IMMEDIATE</c> transaction. A process killed
/// mid-write leaves only uncommitted frames in the <c>-wal</c> file, which SQLite discards on the next open: the store
/// stays readable and holds either the whole run or none of it. WAL also lets readers (<c>runs list</c>) work while a
/// writer is busy; <c>busy_timeout</c> makes a second writer wait up to 10 s instead of failing.</para>
/// <para>Schema (<c>PRAGMA user_version</c> = <see cref="SchemaVersion"/>): <c>runs</c> (one row per run) and <c>samples</c>
/// (run_id, replicate, seed, issue, value), the tidy long format of the style guide. Seeds are stored as decimal text,
/// because SQLite integers are signed 64-bit.</para>
/// <para>Mutable (it owns a connection) and not thread-safe: one store per thread.</para>
/// </remarks>
[Statecraft.Model.Mutable("Owns an open database connection.")]
public sealed class RunStore : IDisposable
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int SchemaVersion = 1;

    private const int ProgressEvery = 10_000;

    private readonly SqliteConnection _connection;

    private RunStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the default location: <c>$STATECRAFT_STORE</c>, or <c>statecraft-runs.db</c> in the user's local application data folder.</summary>
    /// <returns>The path.</returns>
    public static string DefaultPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("STATECRAFT_STORE");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return System.IO.Path.Combine(string.IsNullOrEmpty(folder) ? "." : folder, "statecraft", "statecraft-runs.db");
    }

    /// <summary>Opens a store, creating the file and its schema when missing.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="InvalidDataException">The file was written by a newer schema version.</exception>
    /// <exception cref="RunStoreException">The file is not a SQLite database, or cannot be opened or written.</exception>
    public static RunStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            var version = CheckVersion(connection, path);
            if (version < SchemaVersion)
            {
                Execute(connection, RunStoreSchema.Create);
            }

            return new RunStore(connection, path);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw RunStoreException.From(ex, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing store for reading only, so that a store on a read-only file, folder or disk can still be
    /// listed and read.</summary>
    /// <remarks>Nothing is written, not even the journal mode. When the store's folder is not writable, SQLite cannot
    /// create the shared-memory file a write-ahead-log database needs; the store is then opened as immutable, which is
    /// sound because no process can write it either.</remarks>
    /// <param name="path">The file; it must exist.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="InvalidDataException">The file was written by a newer schema version.</exception>
    /// <exception cref="RunStoreException">The file is not a Statecraft run store, or cannot be opened or read.</exception>
    public static RunStore OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return OpenReadOnly(path, new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false });
        }
        catch (SqliteException ex) when ((ex.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_READONLY && File.Exists(path))
        {
            var uri = new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
            try
            {
                return OpenReadOnly(path, new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false });
            }
            catch (SqliteException again)
            {
                throw RunStoreException.From(again, path);
            }
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, path);
        }
    }

    private static RunStore OpenReadOnly(string path, SqliteConnectionStringBuilder builder)
    {
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout=10000;");
            if (CheckVersion(connection, path) < SchemaVersion)
            {
                throw new RunStoreException(path, $"the run store {path} holds no Statecraft runs (it has no run tables); point --store or STATECRAFT_STORE at a store that 'forecast --runs N' or 'sensitivity' wrote.");
            }

            return new RunStore(connection, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static int CheckVersion(SqliteConnection connection, string path)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        return version <= SchemaVersion
            ? version
            : throw new InvalidDataException($"The run store '{path}' has schema version {version}; this Statecraft reads up to {SchemaVersion}. Upgrade Statecraft.");
    }

    /// <summary>Saves a run and its samples atomically.</summary>
    /// <param name="record">The run (its <see cref="RunRecord.Id"/> is ignored).</param>
    /// <param name="samples">The per-replicate rows, if any.</param>
    /// <param name="progress">Receives the number of sample rows written so far, every 10,000 rows, if given.</param>
    /// <returns>The new run's id.</returns>
    /// <exception cref="RunStoreException">The write failed (read-only, full, locked, damaged); nothing was saved.</exception>
    public long Save(RunRecord record, IEnumerable<SampleRow>? samples = null, IProgress<long>? progress = null)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(record);
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var insertRun = _connection.CreateCommand();
            insertRun.Transaction = transaction;
            insertRun.CommandText = RunStoreSchema.InsertRun;
            insertRun.Parameters.AddWithValue("$kind", record.Kind);
            insertRun.Parameters.AddWithValue("$hash", record.ScenarioHash);
            insertRun.Parameters.AddWithValue("$title", record.ScenarioTitle);
            insertRun.Parameters.AddWithValue("$scenario", record.ScenarioText);
            insertRun.Parameters.AddWithValue("$model", record.Model);
            insertRun.Parameters.AddWithValue("$options", record.OptionsJson);
            insertRun.Parameters.AddWithValue("$seed", record.Seed.ToString(CultureInfo.InvariantCulture));
            insertRun.Parameters.AddWithValue("$runs", record.Runs);
            insertRun.Parameters.AddWithValue("$threads", record.Threads);
            insertRun.Parameters.AddWithValue("$version", record.ToolVersion);
            insertRun.Parameters.AddWithValue("$created", record.CreatedUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            insertRun.Parameters.AddWithValue("$results", record.ResultsJson);
            var id = Convert.ToInt64(insertRun.ExecuteScalar(), CultureInfo.InvariantCulture);

            if (samples is not null)
            {
                using var insertSample = _connection.CreateCommand();
                insertSample.Transaction = transaction;
                insertSample.CommandText = RunStoreSchema.InsertSample;
                var pRun = insertSample.Parameters.Add("$run", SqliteType.Integer);
                var pReplicate = insertSample.Parameters.Add("$replicate", SqliteType.Integer);
                var pSeed = insertSample.Parameters.Add("$seed", SqliteType.Text);
                var pIssue = insertSample.Parameters.Add("$issue", SqliteType.Text);
                var pValue = insertSample.Parameters.Add("$value", SqliteType.Real);
                insertSample.Prepare();
                pRun.Value = id;
                long written = 0;
                foreach (var row in samples)
                {
                    pReplicate.Value = row.Replicate;
                    pSeed.Value = row.Seed.ToString(CultureInfo.InvariantCulture);
                    pIssue.Value = row.IssueId;
                    pValue.Value = row.Value is { } v ? v : DBNull.Value;
                    insertSample.ExecuteNonQuery();
                    if (++written % ProgressEvery == 0)
                    {
                        progress?.Report(written);
                    }
                }
            }

            transaction.Commit();
            return id;
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, Path);
        }
    }

    /// <summary>Lists the most recent runs, newest first.</summary>
    /// <param name="limit">The largest number of runs returned. Range: ≥ 1.</param>
    /// <returns>The runs.</returns>
    public IReadOnlyList<RunSummary> List(int limit = 50)
    {
        try
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
            using var command = _connection.CreateCommand();
            command.CommandText = RunStoreSchema.ListRuns;
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var list = new List<RunSummary>();
            while (reader.Read())
            {
                list.Add(new RunSummary(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    ulong.Parse(reader.GetString(5), CultureInfo.InvariantCulture), reader.GetInt32(6), reader.GetInt32(7),
                    reader.GetString(8), DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetInt64(10)));
            }

            return list;
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, Path);
        }
    }

    /// <summary>Finds a run by id.</summary>
    /// <param name="id">The run's id.</param>
    /// <returns>The run, or <see langword="null"/> when there is none with that id.</returns>
    public RunRecord? Find(long id)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = RunStoreSchema.FindRun;
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new RunRecord(
                reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                ulong.Parse(reader.GetString(7), CultureInfo.InvariantCulture), reader.GetInt32(8), reader.GetInt32(9), reader.GetString(10),
                DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetString(12))
            {
                Id = reader.GetInt64(0),
            };
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, Path);
        }
    }

    /// <summary>Reads the samples of a run, by replicate then issue order of saving.</summary>
    /// <param name="id">The run's id.</param>
    /// <returns>The rows, in the order they were saved.</returns>
    public IReadOnlyList<SampleRow> Samples(long id)
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = RunStoreSchema.FindSamples;
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            var rows = new List<SampleRow>();
            while (reader.Read())
            {
                rows.Add(new SampleRow(reader.GetInt32(0), ulong.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
            }

            return rows;
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, Path);
        }
    }

    /// <summary>Deletes a run and its samples in one transaction.</summary>
    /// <param name="id">The run's id.</param>
    /// <returns><see langword="true"/> when the run existed.</returns>
    public bool Delete(long id)
    {
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = RunStoreSchema.DeleteRun;
            command.Parameters.AddWithValue("$id", id);
            var deleted = command.ExecuteNonQuery() > 0;
            transaction.Commit();
            return deleted;
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, Path);
        }
    }

    /// <summary>Deletes, in one transaction, every run but the <paramref name="keep"/> most recent ones and every run
    /// created before <paramref name="olderThan"/> (each criterion only when given).</summary>
    /// <param name="keep">The number of most recent runs kept, or <see langword="null"/>. Range: ≥ 0.</param>
    /// <param name="olderThan">Runs created before this instant are deleted, or <see langword="null"/>.</param>
    /// <returns>The number of runs deleted.</returns>
    public int Prune(int? keep, DateTimeOffset? olderThan)
    {
        try
        {
            if (keep is { } k)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(k);
            }

            using var transaction = _connection.BeginTransaction(deferred: false);
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = RunStoreSchema.PruneRuns;
            command.Parameters.AddWithValue("$keep", keep is { } n ? n : DBNull.Value);
            command.Parameters.AddWithValue("$before", olderThan is { } t ? t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
            var deleted = command.ExecuteNonQuery();
            transaction.Commit();
            return deleted;
        }
        catch (SqliteException ex)
        {
            throw RunStoreException.From(ex, Path);
        }
    }

    /// <summary>Runs SQLite's own consistency check.</summary>
    /// <returns><c>ok</c> when the file is sound, otherwise SQLite's list of problems.</returns>
    public string IntegrityCheck() => Convert.ToString(Scalar(_connection, "PRAGMA integrity_check;"), CultureInfo.InvariantCulture) ?? string.Empty;

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
