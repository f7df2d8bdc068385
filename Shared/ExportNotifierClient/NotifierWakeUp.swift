package import Configuration
import ExportConfiguration
package import ExportCurl
import ExportLogging
package import Foundation
package import Logging

/// Wakes the notifier after a change that queued e-mails: `POST {NOTIFIER_URL}/v1/deliver`,
/// with `Authorization: Bearer {INTERNAL_TOKEN}` when a token is set (docs/emails.md §1).
///
/// Best effort by design: the outbox rows are already committed and the notifier also delivers
/// on its own timer, so an unreachable notifier only delays e-mails. A failure is logged, never
/// thrown, and the request gives up after a short time-out so that the caller is not held.
package struct NotifierWakeUp: Sendable {
    /// The endpoint called, `{NOTIFIER_URL}/v1/deliver`.
    package let deliverURL: URL
    private let token: String?
    private let timeout: Duration
    private let client: CurlHTTPClient
    private let logger: Logger

    /// The default `NOTIFIER_URL`.
    package static let defaultBaseURL = "http://127.0.0.1:8081"

    /// A wake-up client for the notifier at `baseURL`.
    package init(
        baseURL: URL, token: String?, timeout: Duration = .seconds(2), client: CurlHTTPClient = CurlHTTPClient(),
        logger: Logger
    ) {
        self.deliverURL = baseURL.appendingPathComponent("v1").appendingPathComponent("deliver")
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.timeout = timeout
        self.client = client
        self.logger = logger
    }

    /// Reads `notifier.url` (`NOTIFIER_URL`, default `http://127.0.0.1:8081`) and
    /// `internal.token` (`INTERNAL_TOKEN`, a secret); throws naming `NOTIFIER_URL` when it is
    /// not an http(s) URL.
    package init(reader: ConfigReader, logger: Logger) throws {
        let text = reader.string(forKey: "notifier.url", default: Self.defaultBaseURL)
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ConfigurationValueError(variable: "NOTIFIER_URL", problem: "is not an http(s) URL (got \"\(text)\")")
        }
        self.init(baseURL: url, token: InternalTokenSetting(reader: reader).token, logger: logger)
    }

    /// Asks the notifier to deliver what is pending; returns whether it accepted. `export`, when
    /// given, only labels the log lines.
    @discardableResult
    package func wake(export: UUID? = nil) async -> Bool {
        var headers = HTTPHeaders()
        if let token { headers.add(name: "Authorization", value: "Bearer \(token)") }
        let request = HTTPRequest(
            method: .post, url: deliverURL, headers: headers, body: .empty,
            timeouts: HTTPTimeouts(connect: timeout, total: timeout, stall: timeout))
        do {
            let response = try await client.execute(request)
            if response.isSuccess { return true }
            logger.warning(
                "the notifier refused the wake-up; it will deliver on its own timer",
                metadata: .fields([.exportUUID: export, .httpStatus: response.status]))
        } catch {
            logger.warning(
                "could not wake the notifier; it will deliver on its own timer",
                metadata: .fields([.exportUUID: export, .error: error]))
        }
        return false
    }
}
