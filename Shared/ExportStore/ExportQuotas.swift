import ExportPostgres

/// The pending limit of docs/validation.md §8 (`EXPORT_MAX_PENDING_PER_USER`), checked inside the
/// transaction that creates the export, under a per-user advisory lock: two concurrent creates
/// by one user are counted one after the other, so the limit holds exactly.
enum ExportQuotas {
    /// Locks `user`'s creations until the transaction ends. The count must run in a later
    /// statement: a statement's snapshot is taken when it starts, before a lock it waits for.
    static func lock(createdBy user: String, on connection: PostgresConnection) async throws {
        try await connection.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('export.pending:' || $1, 0))", [user])
    }
}

/// The user already has as many exports waiting or running as `EXPORT_MAX_PENDING_PER_USER` allows.
public struct PendingLimitReached: Error, Sendable {
    /// The user's exports waiting or running.
    public let unfinished: Int
}
