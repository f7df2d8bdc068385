import ExportModels
import ExportPostgres
import ExportStore

/// The SQL of the storage sweep: one janitor at a time (a transaction-scoped advisory lock), the
/// keys still in use, and the `purged` log of a file found after its export ended.
struct StorageSweepRepository: Sendable {
    /// The database.
    let pool: PostgresPool
    /// Recorded as the actor of the logs.
    let actor: String

    /// Runs `body` on a connection holding the sweep lock; nil, without running it, when
    /// another janitor holds the lock.
    func withSweepLock<Result>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result? {
        try await pool.withTransaction { connection -> Result? in
            let locked = try await connection.queryFirst(
                "SELECT pg_try_advisory_xact_lock(hashtext('export-janitor.storage-sweep'))")
            guard let locked, try locked.decode(Bool.self) else { return nil }
            return try await body(connection)
        }
    }

    /// The keys among `keys` that belong to a live export: the recorded file of an export that
    /// succeeded, or any key in the folder (`exports/{uuid}/`) of an export waiting or being
    /// built, whose file is not recorded until its success (the key is fixed by the export).
    static func liveKeys(among keys: [String], on connection: PostgresConnection) async throws -> Set<String> {
        Set(
            try await connection.query(
                """
                SELECT k.key FROM unnest($1::text[]) AS k(key)
                JOIN export.exports e ON e.uuid = CASE
                    WHEN split_part(k.key, '/', 2) ~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                    THEN split_part(k.key, '/', 2)::uuid END
                WHERE (e.status = \(ExportStatus.success.sql) AND e.file_key = k.key)
                   OR e.status IN \(ExportStatus.unfinished.sql)
                """, [keys]
            ).map { try $0.decode(String.self) })
    }

    /// Logs `purged` on the ended exports whose file was `key`.
    func recordPurge(ofKey key: String, on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO export.logs (export_id, type, message, actor)
            SELECT _id, 'purged', 'stored file deleted', $2 FROM export.exports WHERE file_key = $1
            """, [key, actor])
    }
}
