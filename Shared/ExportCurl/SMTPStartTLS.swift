import Foundation

/// Whether the SMTP connection is upgraded with STARTTLS (`SMTP_STARTTLS`). Irrelevant for
/// `smtps://`, which is TLS from the first byte. With credentials, TLS is always required
/// (`SMTPConfiguration.requiresTLS`): a password never travels in clear.
package enum SMTPStartTLS: String, Sendable, CaseIterable {
    /// Refuse to send without STARTTLS (`CURLUSESSL_ALL`).
    case required
    /// Use it when the server offers it (`CURLUSESSL_TRY`); `required` with credentials.
    case optional
    /// Never upgrade; `required` with credentials.
    case never
}
