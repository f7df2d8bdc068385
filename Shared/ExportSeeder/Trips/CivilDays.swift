import ExportModels
import ExportTime

/// Calendar dates as day numbers counted from 1970-01-01 (day 0), the form the generator uses
/// for local dates: a local time is then `day * 86_400 + second of the day`. The arithmetic is
/// `CivilCalendar`'s.
enum CivilDays {
    /// The day number of a date given by its parts.
    static func day(year: Int, month: Int, day: Int) -> Int {
        Int(CivilCalendar.day(year: Int64(year), month: Int64(month), day: Int64(day)))
    }

    /// The day number of an ISO date `YYYY-MM-DD`, or nil for another shape or a date that does
    /// not exist.
    static func day(iso text: String) -> Int? {
        CivilCalendar.day(parsing: text).map { Int($0) }
    }

    /// The first day of `month`.
    static func firstDay(of month: ParisMonth) -> Int {
        day(year: month.year, month: month.month, day: 1)
    }

    /// The days of `month`, in order.
    static func days(of month: ParisMonth) -> Range<Int> {
        firstDay(of: month)..<firstDay(of: month.next)
    }

    /// The day of the week, 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ day: Int) -> Int {
        ((day % 7) + 7 + 3) % 7
    }
}
