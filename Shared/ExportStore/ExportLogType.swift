import Foundation

/// The kinds of audit rows (docs/queue.md §14).
package enum ExportLogType: String, Sendable, Codable, CaseIterable {
    case created, status, canceled, downloaded, sent, notified, retried, failed, expired, deleted, scrambled, purged,
        published
}
