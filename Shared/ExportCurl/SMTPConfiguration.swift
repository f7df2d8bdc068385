package import Foundation

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
