namespace Statecraft.Storage;

/// <summary>The SQL of the run store, in one place.</summary>
internal static class RunStoreSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS runs (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            kind          TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            scenario_title TEXT NOT NULL,
            scenario_text TEXT NOT NULL,
            model         TEXT NOT NULL,
            options_json  TEXT NOT NULL,
            seed          TEXT NOT NULL,
            runs          INTEGER NOT NULL,
            threads       INTEGER NOT NULL,
            tool_version  TEXT NOT NULL,
            created_utc   TEXT NOT NULL,
            results_json  TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS runs_by_hash ON runs (scenario_hash);
        CREATE TABLE IF NOT EXISTS samples (
            run_id    INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            replicate INTEGER NOT NULL,
            seed      TEXT NOT NULL,
            issue     TEXT NOT NULL,
            value     REAL
        );
        CREATE INDEX IF NOT EXISTS samples_by_run ON samples (run_id);
        PRAGMA user_version = 1;
        """;

    public const string InsertRun = """
        INSERT INTO runs (kind, scenario_hash, scenario_title, scenario_text, model, options_json, seed, runs, threads, tool_version, created_utc, results_json)
        VALUES ($kind, $hash, $title, $scenario, $model, $options, $seed, $runs, $threads, $version, $created, $results)
        RETURNING id;
        """;

    public const string InsertSample = "INSERT INTO samples (run_id, replicate, seed, issue, value) VALUES ($run, $replicate, $seed, $issue, $value);";

    public const string ListRuns = """
        SELECT r.id, r.kind, r.scenario_hash, r.scenario_title, r.model, r.seed, r.runs, r.threads, r.tool_version, r.created_utc,
               (SELECT COUNT(*) FROM samples s WHERE s.run_id = r.id)
        FROM runs r ORDER BY r.id DESC LIMIT $limit;
        """;

    public const string FindRun = """
        SELECT id, kind, scenario_hash, scenario_title, scenario_text, model, options_json, seed, runs, threads, tool_version, created_utc, results_json
        FROM runs WHERE id = $id;
        """;

    public const string FindSamples = "SELECT replicate, seed, issue, value FROM samples WHERE run_id = $id ORDER BY rowid;";

    public const string DeleteRun = "DELETE FROM runs WHERE id = $id;";

    /// <summary>Created times are ISO 8601 UTC text of one width ("O" format), so they compare as text.</summary>
    public const string PruneRuns = """
        DELETE FROM runs
        WHERE ($keep IS NOT NULL AND id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT $keep))
           OR ($before IS NOT NULL AND created_utc < $before);
        """;
}
