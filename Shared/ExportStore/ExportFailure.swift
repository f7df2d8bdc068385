import ExportModels
import Foundation

/// Why an attempt failed, as stored in `error` (`{"message", "phase", "attempt"}`): no personal
/// data, no internal detail beyond the phase.
package struct ExportFailure: Sendable, Equatable {
    /// A short explanation, in French or English.
    package var message: String
    /// Where it failed: `query`, `write`, `zip`, `upload`, `notify`, `lease`…
    package var phase: String
    /// False for a failure that another attempt cannot fix (an invalid parameter).
    package var retryable: Bool

    /// Describes a failure.
    package init(message: String, phase: String, retryable: Bool = true) {
        self.message = message
        self.phase = phase
        self.retryable = retryable
    }

    /// The stored JSON for attempt `attempt`.
    func json(attempt: Int) throws -> String {
        struct Stored: Encodable {
            let message: String, phase: String, attempt: Int
        }
        return String(
            decoding: try ExportJSON.encoder.encode(Stored(message: message, phase: phase, attempt: attempt)),
            as: UTF8.self)
    }
}
