import Foundation

/// One e-mail ready to send to one recipient: headers' values and both bodies, turned into an
/// RFC 5322 `multipart/alternative` message by `mimeText()`.
struct OutgoingMail: Sendable {
    /// The `Message-ID` without angle brackets, derived from the outbox row(s).
    var messageID: String
    var from: MailAddress
    var to: MailAddress
    /// The `Reply-To` header: support (`SUPPORT_EMAIL`), since nobody reads `MAIL_FROM`.
    var replyTo: MailAddress
    var subject: String
    /// The plain-text part.
    var text: String
    /// The HTML part.
    var html: String
    /// The `Date` header.
    var date: Date

    /// The whole message: CRLF line ends, UTF-8 bodies in quoted-printable, RFC 2047 subject
    /// and display names. The boundary starts with `=_`, which quoted-printable never writes.
    func mimeText() -> Data {
        let boundary =
            "=_rpc-export-" + String(messageID.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.suffix(40))
        let headers = [
            "From: \(from.header)",
            "To: \(to.header)",
            "Reply-To: \(replyTo.header)",
            "Subject: \(EncodedWord.header(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        let parts = [("text/plain", text), ("text/html", html)].map { type, body in
            """
            --\(boundary)\r
            Content-Type: \(type); charset=utf-8\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            \(QuotedPrintable.encode(body))\r

            """
        }
        let message = headers.joined(separator: "\r\n") + "\r\n\r\n" + parts.joined() + "--\(boundary)--\r\n"
        return Data(message.utf8)
    }

    /// `Sun, 29 Nov 2026 05:48:00 +0000`.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
