import ExportCurl
import Foundation

/// How failed data.gouv.fr calls are retried: 429, 5xx and transport failures, up to
/// `maxAttempts` in all, waiting `baseDelay` doubled at each attempt up to `maxDelay`, or what the
/// answer's `Retry-After` asks (seconds or an HTTP date) up to `maxRetryAfter`.
struct DatagouvRetry: Sendable {
    /// Attempts in all, the first included.
    var maxAttempts = 5
    /// The wait before the second attempt.
    var baseDelay: Duration = .seconds(1)
    /// The longest computed wait.
    var maxDelay: Duration = .seconds(60)
    /// The longest wait a `Retry-After` may impose.
    var maxRetryAfter: Duration = .seconds(600)

    /// The wait before attempt `attempt + 1` after `response` (nil for a transport failure).
    func delay(afterAttempt attempt: Int, response: HTTPResponse?, now: Date = Date()) -> Duration {
        if let header = response?.headers["Retry-After"], let asked = Self.retryAfter(header, now: now) {
            return min(asked, maxRetryAfter)
        }
        var delay = baseDelay
        for _ in 1..<max(1, attempt) { delay *= 2 }
        return min(delay, maxDelay)
    }

    /// The wait a `Retry-After` value asks: delay seconds, or an HTTP date.
    static func retryAfter(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .seconds(max(0, Int(date.timeIntervalSince(now).rounded(.up))))
    }
}
