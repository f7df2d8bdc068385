package import Foundation

/// The two forms of the signing time that SigV4 uses, always in UTC.
package struct SigV4Timestamp: Sendable {
    /// ISO 8601 basic form, `20250115T103000Z` (the `x-amz-date` header).
    package let basic: String
    /// The day, `20250115` (the credential scope).
    package let day: String

    /// The timestamp of `date`, to the second.
    package init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        day = padded(parts.year, 4) + padded(parts.month, 2) + padded(parts.day, 2)
        basic = day + "T" + padded(parts.hour, 2) + padded(parts.minute, 2) + padded(parts.second, 2) + "Z"
    }
}
