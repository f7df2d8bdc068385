/// Instants in whole seconds since 1970 as `YYYY-MM-DDThh:mm:ssZ` (UTC), written and read in
/// integer arithmetic: the shape of every instant in the exports' JSON (stored parameters and the
/// API's answers), which Foundation's `ISO8601FormatStyle` formats and parses ten times slower.
/// Years 1970 to 9999 only; callers fall back on Foundation for anything else.
package enum UTCSecondText {
    /// The seconds of 1970-01-01T00:00:00Z and of 9999-12-31T23:59:59Z.
    static let range: ClosedRange<Int64> = 0...253_402_300_799
    /// The separators of the text and where they stand.
    static let separators: [(offset: Int, byte: UInt8)] = [
        (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T")), (13, UInt8(ascii: ":")),
        (16, UInt8(ascii: ":")), (19, UInt8(ascii: "Z")),
    ]

    /// `seconds` since 1970 as `YYYY-MM-DDThh:mm:ssZ`, or nil outside years 1970 to 9999.
    package static func format(_ seconds: Int64) -> String? {
        guard range.contains(seconds) else { return nil }
        let (year, month, day) = CivilCalendar.date(fromDay: seconds / 86_400)
        let secondOfDay = seconds % 86_400
        var bytes = [UInt8](repeating: 0, count: 20)
        /// Writes `value` as `width` digits at `offset`.
        func put(_ value: Int64, width: Int, at offset: Int) {
            var rest = value
            for index in stride(from: offset + width - 1, through: offset, by: -1) {
                bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(year, width: 4, at: 0)
        put(month, width: 2, at: 5)
        put(day, width: 2, at: 8)
        put(secondOfDay / 3600, width: 2, at: 11)
        put(secondOfDay / 60 % 60, width: 2, at: 14)
        put(secondOfDay % 60, width: 2, at: 17)
        for separator in separators { bytes[separator.offset] = separator.byte }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The seconds since 1970 of `text` when it is exactly `YYYY-MM-DDThh:mm:ssZ` with every field
    /// in range (no 30 February, no hour 24, no leap second) and a year from 1970 to 9999; nil
    /// otherwise.
    package static func parse(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            guard bytes.count == 20 else { return nil }
            /// The value of the `width` digits at `offset`, or nil.
            func digits(_ offset: Int, _ width: Int) -> Int64? {
                var value: Int64 = 0
                for byte in bytes[offset..<offset + width] {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                    value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                }
                return value
            }
            for separator in separators where bytes[separator.offset] != separator.byte { return nil }
            guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
                let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
                year >= 1970, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
            else { return nil }
            let days = CivilCalendar.day(year: year, month: month, day: day)
            guard CivilCalendar.date(fromDay: days) == (year, month, day) else { return nil }
            return days * 86_400 + hour * 3600 + minute * 60 + second
        }
    }
}
