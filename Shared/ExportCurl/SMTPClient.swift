import CCurl
import ExportLogging
import ExportTime
import Foundation
package import Logging

/// Sends e-mails over SMTP with libcurl: `smtp://` with STARTTLS as configured, or `smtps://`;
/// AUTH when credentials are set (and a refusal when the server skipped it); one connection per
/// message, on a thread of its own as `curl_easy_perform` blocks.
package struct SMTPClient: Sendable {
    private let configuration: SMTPConfiguration
    private let logger: Logger

    /// Creates a client; it logs each exchange's outcome at debug level, never an address.
    package init(configuration: SMTPConfiguration, logger: Logger = Logger(label: "rpc-export.smtp")) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Sends `envelope`; returns when the server accepted the message (`250` after the data).
    /// Throws `SMTPError`.
    package func send(_ envelope: SMTPEnvelope) async throws {
        let configuration = configuration
        let start = ContinuousClock.now
        try await runOnDedicatedThread(named: "smtp-transfer") {
            try Self.perform(envelope, configuration: configuration)
        }
        logger.debug(
            "SMTP message accepted",
            metadata: .fields([.smtpHost: configuration.url.host, .durationMilliseconds: ContinuousClock.now - start]))
    }

    /// Runs one transfer on the calling thread and maps its failure to `SMTPError`.
    private static func perform(_ envelope: SMTPEnvelope, configuration: SMTPConfiguration) throws {
        let handle: CurlEasyHandle
        let transfer: SMTPTransfer
        do {
            handle = try CurlEasyHandle()
            transfer = try SMTPTransfer(
                message: envelope.message, requiresAuthentication: configuration.credentials != nil)
            try configure(handle, for: envelope, configuration: configuration)
            try transfer.attach(to: handle)
        } catch let error as CurlError {
            throw SMTPError(reason: .transport, replyCode: 0, reply: "", curl: error)
        }
        do {
            try withExtendedLifetime(transfer) { try handle.perform() }
        } catch let error as CurlError {
            let code = (try? handle.responseCode()) ?? 0
            if transfer.refusedUnauthenticated {
                throw SMTPError(reason: .authenticationNotPerformed, replyCode: code, reply: "", curl: error)
            }
            throw refusalError(responseCode: code, refusal: transfer.refusal, curl: error)
        }
    }

    /// The error of a failed exchange. The reply code is `CURLINFO_RESPONSE_CODE` (the error reply
    /// seen by the debug callback when libcurl reports none); the command it answered decides
    /// who was refused: the recipient or the message (`RCPT`, `DATA`), or the session.
    private static func refusalError(
        responseCode: Int, refusal: (code: Int, line: String, command: String)?, curl: CurlError
    ) -> SMTPError {
        let code = (400..<600).contains(responseCode) ? responseCode : refusal?.code ?? responseCode
        guard (400..<600).contains(code) else {
            return SMTPError(reason: .transport, replyCode: responseCode, reply: "", curl: curl)
        }
        let command = refusal?.command ?? ""
        let reason: SMTPError.Reason = ["RCPT", "DATA"].contains(command) ? .rejected : .sessionRefused
        return SMTPError(reason: reason, replyCode: code, reply: refusal?.line ?? "", curl: curl)
    }

    /// Sets the URL, envelope, TLS, credentials and time-outs on `handle`.
    private static func configure(
        _ handle: CurlEasyHandle, for envelope: SMTPEnvelope, configuration: SMTPConfiguration
    ) throws {
        try handle.set(CURLOPT_URL, configuration.url.absoluteString)
        try handle.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        try handle.set(CURLOPT_MAIL_FROM, "<\(envelope.sender)>")
        try handle.set(CURLOPT_MAIL_RCPT, list: envelope.recipients.map { "<\($0)>" })
        try handle.set(CURLOPT_UPLOAD, 1)
        try handle.set(CURLOPT_INFILESIZE_LARGE, size: Int64(envelope.message.count))
        let useSSL: curl_usessl =
            switch configuration.requiresTLS ? .required : configuration.startTLS {
            case .required: CURLUSESSL_ALL
            case .optional: CURLUSESSL_TRY
            case .never: CURLUSESSL_NONE
            }
        try handle.set(CURLOPT_USE_SSL, Int(useSSL.rawValue))
        if let caFile = configuration.caFile { try handle.set(CURLOPT_CAINFO, caFile) }
        if let credentials = configuration.credentials {
            try handle.set(CURLOPT_USERNAME, credentials.username)
            try handle.set(CURLOPT_PASSWORD, credentials.password)
        }
        try handle.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.wholeMilliseconds)
        try handle.set(CURLOPT_TIMEOUT_MS, configuration.totalTimeout.wholeMilliseconds)
    }
}
