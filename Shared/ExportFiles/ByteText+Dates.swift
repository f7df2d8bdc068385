import ExportTime

extension Array where Element == UInt8 {
    /// Appends `YYYY-MM-DD`.
    mutating func appendISODate(day: Int64) {
        let (year, month, dayOfMonth) = CivilCalendar.date(fromDay: day)
        appendInteger(year, width: 4)
        append(UInt8(ascii: "-"))
        appendInteger(month, width: 2)
        append(UInt8(ascii: "-"))
        appendInteger(dayOfMonth, width: 2)
    }

    /// Appends `hh:mm:ss` of `seconds` (hours may pass 23 for durations).
    mutating func appendClock(seconds: Int64) {
        appendInteger(seconds / 3600, width: 2)
        append(UInt8(ascii: ":"))
        appendInteger(seconds / 60 % 60, width: 2)
        append(UInt8(ascii: ":"))
        appendInteger(seconds % 60, width: 2)
    }
}
