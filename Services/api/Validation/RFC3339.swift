import Foundation

/// Reads the instants of request bodies (docs/validation.md §2): an RFC 3339 date-time with its offset,
/// such as `2025-01-01T00:00:00Z` or `2025-01-01T00:00:00.5+02:00` (`+0200` accepted too), and
/// nothing else: no date alone, no local time, no 30 February, no leap second, nothing around
/// it. The shape is checked here, then Foundation's ISO 8601 style reads the value: unlike
/// `ISO8601DateFormatter`, it does not build an ICU formatter per call, which took a third of
/// the API's CPU time on creates.
enum RFC3339 {
    private static let wholeSeconds = Date.ISO8601FormatStyle()
    private static let fractionalSeconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// The instant `text` names, or nil when it is not an RFC 3339 date-time with an offset.
    static func instant(_ text: String) -> Date? {
        guard hasTheShape(Array(text.utf8)) else { return nil }
        return (try? wholeSeconds.parse(text)) ?? (try? fractionalSeconds.parse(text))
    }

    /// True when `bytes` is `YYYY-MM-DDThh:mm:ss[.f…](Z|±hh[:]mm)` with every field in range.
    private static func hasTheShape(_ bytes: [UInt8]) -> Bool {
        var index = 0
        /// The value of the next `count` digits, or nil.
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return value
        }
        /// True when the next byte is `character` (then skipped).
        func skip(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), skip("-"), let month = digits(2), skip("-"), let day = digits(2), skip("T"),
            let hour = digits(2), skip(":"), let minute = digits(2), skip(":"), let second = digits(2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return false }
        if skip(".") {
            let first = index
            while digits(1) != nil {}
            guard (1...9).contains(index - first) else { return false }
        }
        if skip("Z") { return index == bytes.count }
        guard skip("+") || skip("-"), let offsetHours = digits(2) else { return false }
        _ = skip(":")
        guard let offsetMinutes = digits(2), offsetHours < 24, offsetMinutes < 60 else { return false }
        return index == bytes.count
    }

    /// The days of `month` in `year` (Gregorian).
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
