import ExportModels
import Metrics

/// The counters of the janitor's work and the gauges of the queue (docs/queue.md §14), exposed
/// on `/metrics`.
struct JanitorMetrics: Sendable {
    private let pending = Gauge(label: "janitor_exports_pending")
    private let pendingAge = Gauge(label: "janitor_exports_pending_oldest_age_seconds")
    private let running = Gauge(label: "janitor_exports_running")
    private let waiting = Gauge(label: "janitor_notifications_waiting")
    private let waitingAge = Gauge(label: "janitor_notifications_waiting_oldest_age_seconds")
    private let passes = Counter(label: "janitor_passes_total")
    private let expired = Counter(label: "janitor_exports_expired_total")
    private let purged = Counter(label: "janitor_files_purged_total")
    private let scrambled = Counter(label: "janitor_recipients_scrambled_total")
    private let orphans = Counter(label: "janitor_orphan_objects_deleted_total")
    private let uploads = Counter(label: "janitor_uploads_aborted_total")
    private let records = Counter(label: "janitor_records_deleted_total")
    private let notifications = Counter(label: "janitor_notifications_deleted_total")
    private let rescues = Counter(label: "janitor_leases_rescued_total")

    /// Adds what `report` counts.
    func record(_ report: JanitorPassReport) {
        passes.increment()
        expired.increment(by: report.exportsExpired)
        purged.increment(by: report.filesPurged)
        scrambled.increment(by: report.recipientsScrambled)
        orphans.increment(by: report.storage.orphansDeleted)
        uploads.increment(by: report.storage.uploadsAborted)
        records.increment(by: report.recordsDeleted)
        notifications.increment(by: report.notificationsDeleted)
        rescues.increment(by: report.leasesRescued)
        for step in report.failedSteps {
            Counter(label: "janitor_step_failures_total", dimensions: [("step", step.rawValue)]).increment()
        }
    }

    /// Sets the gauges to `state`.
    func record(_ state: QueueState) {
        for (status, count) in state.exportsByStatus {
            Gauge(label: "janitor_exports_by_status", dimensions: [("status", status.rawValue)]).record(count)
        }
        pending.record(state.exportsByStatus[.pending] ?? 0)
        pendingAge.record(state.oldestPendingAge)
        running.record(state.exportsRunning)
        waiting.record(state.notificationsWaiting)
        waitingAge.record(state.oldestNotificationAge)
    }
}
