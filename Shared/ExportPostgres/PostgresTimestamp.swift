import ExportTime
package import Foundation

/// Conversions between `Date` and the text PostgreSQL uses for `timestamptz` on a connection set
/// to `TimeZone=UTC` and `DateStyle=ISO` (every connection of the pool is), written by hand
/// because date formatters are far too slow for a million rows.
package enum PostgresTimestamp {
    /// Formats `date` as `2025-01-06T08:03:00.000000Z`.
    package static func format(_ date: Date) -> String {
        let totalMicros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        var seconds = Int64((totalMicros / 1_000_000).rounded(.down))
        let micros = Int64(totalMicros) - seconds * 1_000_000
        let days = floorDivide(seconds, 86_400)
        seconds -= days * 86_400
        let (year, month, day) = CivilCalendar.date(fromDay: days)
        let time = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(time.0, 2)):\(pad(time.1, 2)):\(pad(time.2, 2))."
            + "\(pad(micros, 6))Z"
    }

    /// Parses `2025-01-06 08:03:00[.123456]+00` (or a bare `date`, `2025-01-06`, as midnight UTC).
    /// Returns nil when the text has another shape.
    package static func parse(_ bytes: UnsafeRawBufferPointer) -> Date? {
        func number(_ start: Int, _ count: Int) -> Int64? {
            guard start + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for index in start..<(start + count) {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else { return nil }
        var seconds = CivilCalendar.day(year: year, month: month, day: day) * 86_400
        guard bytes.count > 10 else { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        guard let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        seconds += hour * 3600 + minute * 60 + second
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        if index < bytes.count {
            let sign: Int64 = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            guard let offsetHours = number(index + 1, 2) else { return nil }
            var offset = offsetHours * 3600
            if index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"), let minutes = number(index + 4, 2) {
                offset += minutes * 60
            }
            seconds -= sign * offset
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
