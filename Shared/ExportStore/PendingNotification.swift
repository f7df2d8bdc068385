package import ExportModels
package import Foundation

/// One outbox row claimed for delivery, with what its e-mail needs to be rendered.
package struct PendingNotification: Sendable {
    /// The row's key (`_id`), from which the Message-ID is derived.
    package var id: Int64
    /// What kind of e-mail it is.
    package var kind: NotificationKind
    /// Delivery attempts including the current one.
    package var attempts: Int
    /// When the row was written (the failure's time, for support rows).
    package var createdAt: Date
    /// The export the e-mail is about.
    package var export: ExportRecord
    /// The recipient, nil for support rows.
    package var recipient: Recipient?
    /// The sender's name of a `send`.
    package var senderName: String?
    /// The sender's message of a `send`, if any.
    package var senderMessage: String?

    /// The addressee of a recipient's e-mail.
    package struct Recipient: Sendable {
        /// `export.recipients._id`, bound into the download token.
        package var id: Int64
        /// The address and display name.
        package var address: RecipientAddress
        /// True once the janitor replaced the personal data: the address is no longer real.
        package var isScrambled: Bool
    }
}
