import ExportModels
package import ExportPostgres

/// The pending limit of docs/validation.md §8 (`EXPORT_MAX_PENDING_PER_USER`), checked inside the
/// transaction that creates the export, under a per-user advisory lock: two concurrent creates
/// by one user are counted one after the other, so the limit holds exactly. `check` refuses
/// early, before the row estimate, a user already at the limit.
package enum ExportQuotas {
    /// The statuses counted by the limit, as SQL: those of the partial index
    /// `exports_unfinished_by_creator_idx`, which the counts use.
    static let unfinishedStatusesSQL = "status IN \(ExportStatus.unfinished.sql)"

    /// The statement that locks `user`'s creations until the transaction ends. The count must
    /// run in a later statement: a statement's snapshot is taken when it starts, before a lock it
    /// waits for.
    static func lock(createdBy user: String) -> PostgresStatement {
        PostgresStatement("SELECT pg_advisory_xact_lock(hashtextextended('export.pending:' || $1, 0))", [user])
    }

    /// Throws `PendingLimitReached` when `user` already has `maxUnfinished` exports waiting or
    /// running. Read without the lock, so that a refused create costs one indexed count and never
    /// the export's row estimate; the create's own statement still decides.
    package static func check(createdBy user: String, maxUnfinished: Int, pool: PostgresPool) async throws {
        let unfinished = try unwrap(
            try await pool.query(
                """
                SELECT count(*) FROM export.exports
                WHERE created_by = $1 AND \(unfinishedStatusesSQL)
                """, [user]
            ).first
        ).decode(Int.self)
        if unfinished >= maxUnfinished { throw PendingLimitReached(unfinished: unfinished) }
    }
}
