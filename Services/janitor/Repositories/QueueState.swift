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
