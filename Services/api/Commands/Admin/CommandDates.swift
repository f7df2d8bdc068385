import ArgumentParser
import Foundation

/// The dates of the command line: `YYYY-MM-DD` (midnight in the export's zone) or an RFC 3339
/// instant, turned into the RFC 3339 text the API's validation reads.
enum CommandDates {
    /// The RFC 3339 instant of `text` in `tz`.
    static func instant(_ text: String, tz: String) throws -> String {
        guard text.count == 10 else { return text }
        guard let zone = TimeZone(identifier: tz) else { throw ValidationError("--tz \(tz) is not a known time zone") }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd"
        guard let day = formatter.date(from: text) else { throw ValidationError("\(text) is not a date YYYY-MM-DD") }
        let output = ISO8601DateFormatter()
        output.timeZone = zone
        output.formatOptions = [.withInternetDateTime]
        return output.string(from: day)
    }
}
