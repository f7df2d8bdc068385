package import ExportModels
package import ExportPostgres

/// The changes a user asks for on an existing export: cancel, delete (the right to erasure) and
/// the audit row of a download. Each answers nil when the export's status does not allow it
/// (the transitions of docs/queue.md §2).
package struct ExportLifecycle: Sendable {
    private let pool: PostgresPool

    /// Creates the transitions over `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// Moves a pending or running export to `canceled` with its `canceled` log; nil when it is
    /// in any other status (the builder stops at its next heartbeat).
    package func cancel(_ exportID: Int64, actor: String) async throws -> ExportRecord? {
        try await pool.withTransaction { connection in
            let row = try await connection.queryFirst(
                """
                UPDATE export.exports e SET status = \(ExportStatus.canceled.sql), finished_at = now()
                WHERE e._id = $1 AND e.status IN \(ExportStatus.unfinished.sql)
                RETURNING \(ExportColumns.list)
                """, [exportID])
            guard let row else { return nil }
            try await ExportRepository.log(
                exportID, .canceled, "export canceled on request", actor: actor, on: connection)
            return try ExportRecord(row: row)
        }
    }

    /// Ends an export now, whatever its status: status `expired`, recipients scrambled, message
    /// payloads emptied, `deleted` log. Returns the record and the key of the file to remove
    /// (the caller deletes it once this transaction is committed). Idempotent.
    package func delete(_ exportID: Int64, actor: String) async throws -> (record: ExportRecord, fileKey: String?) {
        try await pool.withTransaction { connection in
            let before = try ExportRecord(
                row: try unwrap(
                    try await connection.queryFirst(
                        "SELECT \(ExportColumns.list) FROM export.exports e WHERE e._id = $1 FOR UPDATE", [exportID])))
            let row = try await connection.queryFirst(
                """
                UPDATE export.exports e
                SET status = \(ExportStatus.expired.sql), finished_at = coalesce(finished_at, now()),
                    expires_at = least(coalesce(expires_at, now()), now())
                WHERE e._id = $1 RETURNING \(ExportColumns.list)
                """, [exportID])
            try await RecipientScrambling.scramble(exportID: exportID, on: connection)
            if before.status != .expired {
                try await ExportRepository.log(
                    exportID, .deleted, "export deleted on request", actor: actor, on: connection)
            }
            return (try ExportRecord(row: try unwrap(row)), before.fileKey)
        }
    }

    /// Appends the `downloaded` log of a served file, unless `actor` (a user, or `recipient:<id>`
    /// for an e-mail link) already has one on this export from the last hour (docs/api.md §11):
    /// downloads cannot grow the audit trail without bound.
    package func recordDownload(_ exportID: Int64, actor: String) async throws {
        try await pool.execute(
            """
            INSERT INTO export.logs (export_id, type, message, actor)
            SELECT $1, $2, 'file downloaded', $3
            WHERE NOT EXISTS (
                SELECT 1 FROM export.logs
                WHERE export_id = $1 AND type = $2 AND actor = $3 AND created_at > now() - interval '1 hour')
            """, [exportID, ExportLogType.downloaded.rawValue, actor])
    }
}
