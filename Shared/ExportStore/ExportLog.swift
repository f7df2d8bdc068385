package import Foundation

/// The kinds of audit rows (docs/queue.md §14).
package enum ExportLogType: String, Sendable, Codable, CaseIterable {
    case created, status, canceled, downloaded, sent, notified, retried, failed, expired, deleted, scrambled, purged,
        published
}

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
