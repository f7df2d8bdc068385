import Metrics

/// The counters of the janitor's work, exposed on `/metrics`.
struct JanitorMetrics: Sendable {
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
}
