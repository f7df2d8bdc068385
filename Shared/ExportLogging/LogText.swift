import ExportTime
import Foundation

/// The one way each kind of value is written in log metadata (docs/logs.md §3), so that a fact
/// reads the same on every service's lines and a `grep` finds it.
package enum LogText {
    /// The text of `value`: a uuid in lowercase, as the API shows it; several uuids joined by
    /// commas; a duration in whole milliseconds (under a key ending in `_ms`); an error as
    /// `String(reflecting:)`, which is its `debugDescription` when it has one (where the project's
    /// errors keep the native detail: SQLSTATE and hint, libcurl's message, the S3 answer) and its
    /// `description` otherwise; anything else as `String(describing:)`.
    package static func of(_ value: any Sendable) -> String {
        switch value {
        case let uuid as UUID: uuid.uuidString.lowercased()
        case let uuids as [UUID]: uuids.map { $0.uuidString.lowercased() }.joined(separator: ",")
        case let duration as Duration: "\(duration.wholeMilliseconds)"
        case let error as any Error: String(reflecting: error)
        default: String(describing: value)
        }
    }
}
