import ExportLogging
import Logging

/// What one janitor pass did, for metrics, logs and tests.
struct JanitorPassReport: Sendable, Equatable {
    /// Successful exports moved to `expired`.
    var exportsExpired = 0
    /// Stored files of expired exports deleted.
    var filesPurged = 0
    /// Exports whose recipients were scrambled.
    var exportsScrambled = 0
    /// Recipients scrambled.
    var recipientsScrambled = 0
    /// Objects without live export deleted, and unfinished uploads aborted.
    var storage = StorageSweepResult()
    /// Export rows deleted after the retention period.
    var recordsDeleted = 0
    /// Outbox rows deleted after the retention period.
    var notificationsDeleted = 0
    /// Idempotency keys deleted after their 24 hours.
    var idempotencyKeysDeleted = 0
    /// Running exports taken back from a builder that stopped beating.
    var leasesRescued = 0
    /// The steps that failed (the others ran).
    var failedSteps: [JanitorStep] = []

    /// True when the pass changed nothing.
    var isEmpty: Bool { self == JanitorPassReport() }
}

extension JanitorPassReport {
    /// The counts as log metadata.
    var metadata: Logger.Metadata {
        .fields([
            .janitorExpired: exportsExpired, .janitorPurged: filesPurged, .janitorScrambled: recipientsScrambled,
            .janitorOrphansDeleted: storage.orphansDeleted, .janitorUploadsAborted: storage.uploadsAborted,
            .janitorRecordsDeleted: recordsDeleted, .janitorNotificationsDeleted: notificationsDeleted,
            .janitorIdempotencyKeysDeleted: idempotencyKeysDeleted, .janitorLeasesRescued: leasesRescued,
            .janitorFailedSteps: failedSteps.map(\.rawValue).joined(separator: ","),
        ])
    }
}
