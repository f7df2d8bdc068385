package import Foundation

/// One row of an export's audit trail.
package struct ExportLogEntry: Sendable, Equatable {
    /// When it happened.
    package var createdAt: Date
    /// What happened.
    package var type: ExportLogType
    /// A human-readable line, without personal data.
    package var message: String
    /// Who did it: a user id, `cli:<user>` or a service name.
    package var actor: String?
}
