package import Foundation

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

/// The user name and password of SMTP AUTH.
package struct SMTPCredentials: Sendable {
    package var username: String
    package var password: String

    package init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// Where and how `SMTPClient` sends: the server's URL (`smtp://host:port` or
/// `smtps://host:port`), TLS, authentication and time-outs.
package struct SMTPConfiguration: Sendable {
    package var url: URL
    package var startTLS: SMTPStartTLS
    /// A CA bundle to check the server's certificate with; nil for the system store.
    package var caFile: String?
    /// Credentials for AUTH; when set, a server that does not authenticate the session is
    /// refused (libcurl would otherwise send without AUTH).
    package var credentials: SMTPCredentials?
    /// The longest wait for the connection (and TLS handshake).
    package var connectTimeout: Duration
    /// The longest one message may take, from connection to the final reply.
    package var totalTimeout: Duration

    /// True when the session must be encrypted before anything else is sent: STARTTLS is
    /// required, or there are credentials, which would otherwise go in clear to a server (or a
    /// man in the middle) that does not offer STARTTLS.
    package var requiresTLS: Bool { startTLS == .required || credentials != nil }

    package init(
        url: URL, startTLS: SMTPStartTLS = .optional, caFile: String? = nil, credentials: SMTPCredentials? = nil,
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(60)
    ) {
        self.url = url
        self.startTLS = startTLS
        self.caFile = caFile
        self.credentials = credentials
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
    }
}

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
