/// Why an SMTP delivery failed, with what decides between a retry and a final refusal: the
/// server's reply code (a 5xx is final, a 4xx temporary), or no reply at all (transport).
package struct SMTPError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong.
    package enum Reason: Sendable, Equatable {
        /// The server refused this recipient (`RCPT`) or this message (`DATA`) with `replyCode`.
        case rejected
        /// The server refused the session (`EHLO`, `STARTTLS`, `AUTH`, `MAIL`): a problem of
        /// configuration or of the server, not of the message.
        case sessionRefused
        /// No usable reply: connection, TLS, time-out (`curlCode` says which).
        case transport
        /// Credentials are configured but the server did not authenticate the session (it did not
        /// offer AUTH): the message was not sent.
        case authenticationNotPerformed
    }

    /// What went wrong.
    package let reason: Reason
    /// The last SMTP reply code received (`CURLINFO_RESPONSE_CODE`), 0 when none.
    package let replyCode: Int
    /// The last reply line of the server, which may echo an address: redact before storing.
    package let reply: String
    /// libcurl's code and message.
    package let curl: CurlError?

    package init(reason: Reason, replyCode: Int, reply: String, curl: CurlError?) {
        self.reason = reason
        self.replyCode = replyCode
        self.reply = reply
        self.curl = curl
    }

    /// True for a 5xx reply to the recipient or the message: sending the same message again
    /// would be refused again. A refused session (bad credentials, STARTTLS demanded…) is not
    /// final: it is fixed by configuration, and the message is tried again later.
    package var isPermanent: Bool { reason == .rejected && (500..<600).contains(replyCode) }

    /// A one-line summary: the reply when there was one, else the transport failure.
    package var description: String {
        switch reason {
        case .rejected, .sessionRefused: reply.isEmpty ? "SMTP reply \(replyCode)" : reply
        case .transport: curl.map { String(reflecting: $0) } ?? "SMTP transport failure"
        case .authenticationNotPerformed:
            "SMTP server did not authenticate the session (AUTH not offered): message not sent"
        }
    }

    package var debugDescription: String {
        "SMTPError(\(reason), reply \(replyCode): \(reply)\(curl.map { ", \(String(reflecting: $0))" } ?? ""))"
    }
}
