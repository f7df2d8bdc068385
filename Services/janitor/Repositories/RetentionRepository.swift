import ExportModels
import ExportPostgres
import ExportStore
import Foundation

/// The SQL of the retention step: export rows (with their logs, recipients and outbox rows, by
/// cascade) and delivered outbox rows older than `EXPORT_RECORD_RETENTION_DAYS` are deleted.
struct RetentionRepository: Sendable {
    /// The database.
    let pool: PostgresPool

    /// Deletes up to `limit` exports finished more than `retentionDays` ago; returns their uuids.
    func deleteFinishedExports(retentionDays: Int, limit: Int) async throws -> [UUID] {
        try await pool.query(
            """
            DELETE FROM export.exports WHERE _id IN (
                SELECT _id FROM export.exports
                WHERE status IN \(ExportStatus.finished.sql)
                  AND coalesce(finished_at, created_at) < now() - make_interval(days => $1)
                ORDER BY _id LIMIT $2
                FOR UPDATE SKIP LOCKED)
            RETURNING uuid
            """, [retentionDays, limit]
        ).map { try $0.decode(UUID.self) }
    }

    /// Deletes the delivered or abandoned outbox rows created more than `retentionDays` ago
    /// (those of exports still kept); returns how many.
    func deleteOldNotifications(retentionDays: Int) async throws -> Int {
        try await pool.execute(
            """
            DELETE FROM export.notifications
            WHERE state IN \([NotificationState.sent, .failed].sql) AND created_at < now() - make_interval(days => $1)
            """, [retentionDays])
    }
}
