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
            guard try locked?.decode(Bool.self, at: 0) == true else { return nil }
            return try await body(connection)
        }
    }

    /// The keys among `keys` that belong to an export that succeeded or is still being built.
    static func liveKeys(among keys: [String], on connection: PostgresConnection) async throws -> Set<String> {
        Set(
            try await connection.query(
                """
                SELECT file_key FROM export.exports
                WHERE file_key = ANY($1::text[]) AND status IN ('success', 'processing', 'uploading', 'sending')
                """, [keys]
            ).map { try $0.decode(String.self, at: 0) })
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
