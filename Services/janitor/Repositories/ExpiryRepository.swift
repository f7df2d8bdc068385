import ExportPostgres
import ExportStore
import Foundation

/// A successful export whose time is up, just moved to `expired`.
struct ExpiredExport: Sendable, Equatable {
    /// Row id.
    let id: Int64
    /// Public identifier, for logs.
    let uuid: UUID
    /// The stored file to delete, if the export had one.
    let fileKey: String?
}

/// The SQL of the expiry step: fenced by the row state, so each export expires once however
/// many janitors run.
struct ExpiryRepository: Sendable {
    /// The database.
    let pool: PostgresPool
    /// Recorded as the actor of the logs.
    let actor: String

    /// Moves up to `limit` successful exports past `expires_at` to `expired`, with their `expired`
    /// logs, in one transaction; rows another janitor holds are skipped.
    func expireDue(limit: Int) async throws -> [ExpiredExport] {
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                """
                WITH due AS (
                    SELECT _id FROM export.exports
                    WHERE status = 'success' AND expires_at < now()
                    ORDER BY expires_at LIMIT $1
                    FOR UPDATE SKIP LOCKED)
                UPDATE export.exports e SET status = 'expired'
                FROM due WHERE e._id = due._id AND e.status = 'success' AND e.expires_at < now()
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
    func recordPurge(of exportID: Int64) async throws {
        try await pool.withConnection { connection in
            try await ExportRepository.log(exportID, .purged, "stored file deleted", actor: actor, on: connection)
        }
    }
}
