import ExportLogging
import Logging

/// `once` ran a pass some steps of which failed (the log says why).
struct JanitorStepsFailed: Error, CustomStringConvertible {
    let steps: [JanitorStep]
    var description: String { "janitor steps failed: \(steps.map(\.rawValue).joined(separator: ", "))" }
}
