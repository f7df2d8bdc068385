import Foundation

/// The date format of HTTP headers (RFC 9110 IMF-fixdate): `Wed, 15 Jan 2025 10:30:00 GMT`.
enum HTTPDate {
    /// The date in `text`, nil when it is not an IMF-fixdate.
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }
}
