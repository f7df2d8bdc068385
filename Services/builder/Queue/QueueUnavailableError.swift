import ExportConfiguration
import ExportLogging
import ExportModels
import ExportStore
import Logging
import ServiceLifecycle

/// `process` could not read the queue (database unreachable, schema not migrated); the detail
/// is in the log.
struct QueueUnavailableError: Error, CustomStringConvertible {
    var description: String { "could not claim exports from the queue (see the log for the database error)" }
}
