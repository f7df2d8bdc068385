import ExportModels
package import ExportPostgres
import Foundation

/// The end of a successful export's time (docs/queue.md §12, step 1): `success` → `expired`,
/// fenced by the row's status, so each export expires once however many janitors run; then the
/// `purged` log once its file is deleted.
package struct ExportExpiry: Sendable {
    private let pool: PostgresPool
    private let actor: String

    /// Creates the expiry, recorded in logs as done by `actor`.
    package init(pool: PostgresPool, actor: String) {
        self.pool = pool
        self.actor = actor
    }

    /// Moves up to `limit` successful exports past `expires_at` to `expired`, with their `expired`
    /// logs, in one transaction; rows another janitor holds are skipped.
    package func expireDue(limit: Int) async throws -> [ExpiredExport] {
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                """
                WITH due AS (
                    SELECT _id FROM export.exports
                    WHERE status = \(ExportStatus.success.sql) AND expires_at < now()
                    ORDER BY expires_at LIMIT $1
                    FOR UPDATE SKIP LOCKED)
                UPDATE export.exports e SET status = \(ExportStatus.expired.sql)
                FROM due WHERE e._id = due._id AND e.status = \(ExportStatus.success.sql) AND e.expires_at < now()
                RETURNING e._id, e.uuid, e.file_key
                """, [limit])
            var expired: [ExpiredExport] = []
            for row in rows {
                let (id, uuid, fileKey) = try row.decode((Int64, UUID, String?).self)
                let export = ExpiredExport(id: id, uuid: uuid, fileKey: fileKey)
                try await ExportRepository.log(
                    export.id, .expired, "export expired: download no longer available", actor: actor,
                    on: connection)
                expired.append(export)
            }
            return expired
        }
    }

    /// Records that the file of `exportID` was deleted from storage.
    package func recordPurge(of exportID: Int64) async throws {
        try await pool.withConnection { connection in
            try await ExportRepository.log(exportID, .purged, "stored file deleted", actor: actor, on: connection)
        }
    }
}
