public import ExportModels
public import Foundation

/// The kinds of e-mail of the outbox (docs/emails.md §2).
public enum NotificationKind: String, Sendable, CaseIterable {
    /// The file is ready: to each recipient, with a download link.
    case success
    /// The export failed for good: to each recipient.
    case failure
    /// Failures for the technical support, grouped into one e-mail per interval.
    case support
    /// A download link sent again on request, with the sender's name and message.
    case send
}

/// One outbox row claimed for delivery, with what its e-mail needs to be rendered.
public struct PendingNotification: Sendable {
    /// The row's key (`_id`), from which the Message-ID is derived.
    public var id: Int64
    /// What kind of e-mail it is.
    public var kind: NotificationKind
    /// Delivery attempts including the current one.
    public var attempts: Int
    /// When the row was written (the failure's time, for support rows).
    public var createdAt: Date
    /// The export the e-mail is about.
    public var export: ExportRecord
    /// The recipient, nil for support rows.
    public var recipient: Recipient?
    /// The sender's name of a `send`.
    public var senderName: String?
    /// The sender's message of a `send`, if any.
    public var senderMessage: String?

    /// The addressee of a recipient's e-mail.
    public struct Recipient: Sendable {
        /// `export.recipients._id`, bound into the download token.
        public var id: Int64
        /// The address and display name.
        public var address: RecipientAddress
        /// True once the janitor replaced the personal data: the address is no longer real.
        public var isScrambled: Bool
    }
}
