import ExportLogging
import Logging

/// The steps of a janitor pass, in the order they run.
enum JanitorStep: String, CaseIterable, Sendable {
    case expiry, scrambling, storage, retention, rescue, gauges
}
