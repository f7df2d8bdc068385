import CCurl
import Foundation

/// The state libcurl's callbacks reach during one SMTP transfer: the message being uploaded,
/// the server's replies as seen by the debug callback, and whether AUTH succeeded.
///
/// libcurl 7.88 silently skips AUTH when the server does not advertise it. The session is known
/// to be authenticated only once a `235` reply was received; the message body is read only
/// after `DATA` was accepted, so the read callback refuses to hand it over (aborting the
/// transfer before the end of data) when credentials are set and no `235` was seen.
final class SMTPTransfer {
    private let body: RequestBodyReader
    private let requiresAuthentication: Bool
    private(set) var isAuthenticated = false
    /// The first error reply (4xx or 5xx) and the verb of the command it answered; the replies
    /// after it (to `QUIT`) do not replace it.
    private(set) var refusal: (code: Int, line: String, command: String)?
    private(set) var refusedUnauthenticated = false
    /// The verb of the last command sent (`MAIL`, `RCPT`, `DATA`…), never its arguments, which
    /// carry addresses and credentials.
    private(set) var lastCommand = ""

    init(message: Data, requiresAuthentication: Bool) throws {
        body = try RequestBodyReader(.data(message))
        self.requiresAuthentication = requiresAuthentication
    }

    /// Attaches the callbacks to `handle`; the caller keeps `self` alive until `perform()` returns.
    func attach(to handle: CurlEasyHandle) throws {
        let context = Unmanaged.passUnretained(self).toOpaque()
        try handle.set(CURLOPT_READFUNCTION, callback: smtpReadCallback)
        try handle.set(CURLOPT_READDATA, pointer: context)
        try handle.set(CURLOPT_DEBUGFUNCTION, callback: smtpDebugCallback)
        try handle.set(CURLOPT_DEBUGDATA, pointer: context)
        try handle.set(CURLOPT_VERBOSE, 1)
    }

    /// Takes the server's reply lines (never the client's, which carry the credentials).
    fileprivate func receiveServerLines(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty {
            if line.hasPrefix("235") { isAuthenticated = true }
            if refusal == nil, let code = Int(line.prefix(3)), code >= 400 {
                refusal = (code, String(line), lastCommand)
            }
        }
    }

    /// The SMTP verbs libcurl sends; other client lines (the base64 steps of AUTH LOGIN) are not
    /// commands and are ignored.
    private static let verbs: Set<String> = [
        "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "RSET", "QUIT",
    ]

    /// Takes a line sent by libcurl, keeping only its verb.
    fileprivate func sendCommandLine(_ text: String) {
        let word = text.split(separator: " ", maxSplits: 1).first?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let verb = word?.uppercased(), Self.verbs.contains(verb) { lastCommand = verb }
    }

    /// Hands the next bytes of the message over, or refuses when AUTH was required but skipped.
    fileprivate func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if requiresAuthentication && !isAuthenticated {
            refusedUnauthenticated = true
            return Int(CURL_READFUNC_ABORT)
        }
        return (try? body.read(into: buffer)) ?? Int(CURL_READFUNC_ABORT)
    }

    fileprivate static func from(_ context: UnsafeMutableRawPointer?) -> SMTPTransfer {
        Unmanaged<SMTPTransfer>.fromOpaque(context!).takeUnretainedValue()
    }
}

/// Fills libcurl's upload buffer with the message.
private let smtpReadCallback: ccurl_data_callback = { buffer, size, count, context in
    SMTPTransfer.from(context).read(into: UnsafeMutableRawBufferPointer(start: buffer, count: size * count))
}

/// Sees the protocol exchange: the server's lines (`CURLINFO_HEADER_IN`) and the verbs of the
/// commands sent (`CURLINFO_HEADER_OUT`).
private let smtpDebugCallback: ccurl_debug_callback = { _, type, data, size, context in
    guard type == CURLINFO_HEADER_IN || type == CURLINFO_HEADER_OUT, let data else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    if type == CURLINFO_HEADER_IN {
        SMTPTransfer.from(context).receiveServerLines(text)
    } else {
        SMTPTransfer.from(context).sendCommandLine(text)
    }
    return 0
}
