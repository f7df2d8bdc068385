import ExportModels
import Foundation

/// The kinds of e-mail of the outbox (docs/emails.md §2).
package enum NotificationKind: String, Sendable, CaseIterable, SQLLiteral {
    /// The file is ready: to each recipient, with a download link.
    case success
    /// The export failed for good: to each recipient.
    case failure
    /// Failures for the technical support, grouped into one e-mail per interval.
    case support
    /// A download link sent again on request, with the sender's name and message.
    case send
}
