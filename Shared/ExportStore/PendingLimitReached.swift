import ExportModels
import ExportPostgres

/// The user already has as many exports waiting or running as `EXPORT_MAX_PENDING_PER_USER` allows.
package struct PendingLimitReached: Error, Sendable {
    /// The user's exports waiting or running.
    package let unfinished: Int
}
