import ExportModels
import ExportPostgres
import ExportStore

/// Reads the `QueueState` in three aggregate statements.
struct QueueStateRepository: Sendable {
    /// The database.
    let pool: PostgresPool

    /// The state now.
    func read() async throws -> QueueState {
        var byStatus = Dictionary(uniqueKeysWithValues: ExportStatus.allCases.map { ($0, 0) })
        for row in try await pool.query("SELECT status, count(*) AS exports FROM export.exports GROUP BY status") {
            guard let status = ExportStatus(rawValue: try row.decode(String.self, named: "status")) else { continue }
            byStatus[status] = try row.decode(Int.self, named: "exports")
        }
        // A pending export waiting for its retry backoff (`run_after`) is not late: its age counts
        // from the moment it became due.
        let pending = try await pool.query(
            """
            SELECT coalesce(floor(extract(epoch FROM now() - min(greatest(created_at, run_after)))), 0)::bigint
                AS oldest_age
            FROM export.exports WHERE status = \(ExportStatus.pending.sql) AND run_after <= now()
            """)[0]
        let outbox = try await pool.query(
            """
            SELECT count(*) AS waiting,
                   coalesce(floor(extract(epoch FROM now() - min(created_at))), 0)::bigint AS oldest_age
            FROM export.notifications WHERE state IN \([NotificationState.pending, .sending].sql)
            """)[0]
        return QueueState(
            exportsByStatus: byStatus, oldestPendingAge: max(0, try pending.decode(Int.self, named: "oldest_age")),
            notificationsWaiting: try outbox.decode(Int.self, named: "waiting"),
            oldestNotificationAge: max(0, try outbox.decode(Int.self, named: "oldest_age")))
    }
}
