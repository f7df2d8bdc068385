import ExportModels
import Foundation

/// Calendar dates as day numbers counted from 1970-01-01 (day 0), the form the generator uses
/// for local dates: a local time is then `day * 86_400 + second of the day`.
enum CivilDays {
    /// The proleptic Gregorian calendar on UTC, used for date arithmetic only.
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    /// The day number of a date given by its parts.
    static func day(year: Int, month: Int, day: Int) -> Int {
        let date = gregorian.date(from: DateComponents(year: year, month: month, day: day))!
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// The day number of an ISO date `YYYY-MM-DD`, or nil for another shape.
    static func day(iso text: String) -> Int? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return self.day(year: year, month: month, day: day)
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
