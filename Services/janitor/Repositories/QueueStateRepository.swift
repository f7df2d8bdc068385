import ExportModels
import ExportPostgres
import ExportStore

/// The state of the queue and of the outbox at one instant, for the gauges of `/metrics`
/// (docs/queue.md §15): what an alert needs to see a queue that does not drain.
struct QueueState: Sendable, Equatable {
    /// Exports per status, every status present (0 when none).
    var exportsByStatus: [ExportStatus: Int]
    /// Seconds since the oldest `pending` export became due (created, or its retry backoff
    /// ended), 0 when none waits.
    var oldestPendingAge: Int
    /// Outbox rows not yet delivered (`pending` or `sending`).
    var notificationsWaiting: Int
    /// Seconds since the oldest of them was written, 0 when none waits.
    var oldestNotificationAge: Int

    /// Exports being built (`processing`, `uploading`, `sending`).
    var exportsRunning: Int { ExportStatus.running.reduce(0) { $0 + (exportsByStatus[$1] ?? 0) } }
}

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
            FROM export.notifications WHERE state IN ('pending', 'sending')
            """)[0]
        return QueueState(
            exportsByStatus: byStatus, oldestPendingAge: max(0, try pending.decode(Int.self, named: "oldest_age")),
            notificationsWaiting: try outbox.decode(Int.self, named: "waiting"),
            oldestNotificationAge: max(0, try outbox.decode(Int.self, named: "oldest_age")))
    }
}
