package import Foundation

/// One message for `SMTPClient`: the envelope and the complete RFC 5322 text (CRLF lines).
package struct SMTPEnvelope: Sendable {
    /// The envelope sender (`MAIL FROM`), a bare address.
    package var sender: String
    /// The envelope recipients (`RCPT TO`), bare addresses.
    package var recipients: [String]
    /// Headers and body.
    package var message: Data

    package init(sender: String, recipients: [String], message: Data) {
        self.sender = sender
        self.recipients = recipients
        self.message = message
    }
}
