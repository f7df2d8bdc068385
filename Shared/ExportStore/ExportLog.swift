public import Foundation

/// The kinds of audit rows (docs/queue.md §14).
public enum ExportLogType: String, Sendable, Codable, CaseIterable {
    case created, status, canceled, downloaded, sent, notified, retried, failed, expired, deleted, scrambled, purged,
        published
}

/// One row of an export's audit trail.
public struct ExportLogEntry: Sendable, Equatable {
    /// When it happened.
    public var createdAt: Date
    /// What happened.
    public var type: ExportLogType
    /// A human-readable line, without personal data.
    public var message: String
    /// Who did it: a user id, `cli:<user>` or a service name.
    public var actor: String?
}
