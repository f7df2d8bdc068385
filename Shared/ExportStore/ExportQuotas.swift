import ExportPostgres

/// The pending limit of rules.md §2 (`EXPORT_MAX_PENDING_PER_USER`), checked inside the
/// transaction that creates the export, under a per-user advisory lock: two concurrent creates
/// by one user are counted one after the other, so the limit holds exactly.
enum ExportQuotas {
    /// Locks `user`'s creations until the transaction ends, then throws `PendingLimitReached`
    /// when `user` already has `limit` exports waiting or running.
    static func reserve(createdBy user: String, limit: Int, on connection: PostgresConnection) async throws {
        try await connection.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('export.pending:' || $1, 0))", [user])
        let row = try await connection.queryFirst(
            """
            SELECT count(*) FROM export.exports
            WHERE created_by = $1 AND status IN ('pending', 'processing', 'uploading', 'sending')
            """, [user])
        let unfinished = try unwrap(row).decode(Int.self, at: 0)
        if unfinished >= limit { throw PendingLimitReached(unfinished: unfinished) }
    }
}

/// The user already has as many exports waiting or running as `EXPORT_MAX_PENDING_PER_USER` allows.
public struct PendingLimitReached: Error, Sendable {
    /// The user's exports waiting or running.
    public let unfinished: Int
}
