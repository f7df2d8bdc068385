package import Foundation

/// A calendar month (`YYYY-MM`) whose boundaries are midnight in Europe/Paris: the months of
/// the open data (docs/opendata.md §2) and of the synthetic trips.
package struct ParisMonth: Sendable, Hashable, Comparable, LosslessStringConvertible {
    /// The zone of the month boundaries and of the file's dates.
    package static let zone = TimeZone(identifier: "Europe/Paris")!

    /// The year, four digits.
    package let year: Int
    /// The month, 1–12.
    package let month: Int

    /// The month `year`-`month`, nil when `month` is not 1–12 or `year` not four digits.
    package init?(year: Int, month: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`; nil for anything else (`2025-1`, `2025-13`, `2025-01-01`).
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// `YYYY-MM`.
    package var description: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(monthText)"
    }

    /// The file's name: `{YYYY-MM}.csv`, also the title of its data.gouv.fr resource.
    package var fileName: String { "\(description).csv" }

    /// Where the file is stored: `opendata/{YYYY-MM}/{YYYY-MM}.csv` (docs/storage.md §2).
    package var storageKey: String { "opendata/\(description)/\(fileName)" }

    /// The month after this one.
    package var next: ParisMonth {
        month == 12 ? ParisMonth(year: year + 1, month: 1)! : ParisMonth(year: year, month: month + 1)!
    }

    /// The month before this one.
    package var previous: ParisMonth {
        month == 1 ? ParisMonth(year: year - 1, month: 12)! : ParisMonth(year: year, month: month - 1)!
    }

    /// The first instant of the month (midnight of its first day in Paris).
    package var start: Date { Self.midnight(year: year, month: month, day: 1) }

    /// The first instant after the month (midnight of the next month's first day in Paris).
    package var end: Date { next.start }

    /// The `count` whole months before the month that contains `date` in Paris, oldest first:
    /// on 29 November 2026, the last three are August, September and October 2026.
    package static func wholeMonths(_ count: Int, before date: Date) -> [ParisMonth] {
        let parts = parisCalendar.dateComponents([.year, .month], from: date)
        var month = ParisMonth(year: parts.year!, month: parts.month!)!
        var months: [ParisMonth] = []
        for _ in 0..<count {
            month = month.previous
            months.insert(month, at: 0)
        }
        return months
    }

    /// The latest month that ended at least `maxEndDays` days ago: its end is at most the end of
    /// the Paris day `maxEndDays` days before `now` (the API's `EXPORT_MAX_END_DAYS` rule).
    package static func latestEnded(now: Date, maxEndDays: Int) -> ParisMonth {
        let calendar = parisCalendar
        let today = calendar.startOfDay(for: now)
        let limitDay = calendar.date(byAdding: .day, value: 1 - maxEndDays, to: today)!
        let parts = calendar.dateComponents([.year, .month], from: limitDay)
        return ParisMonth(year: parts.year!, month: parts.month!)!.previous
    }

    /// True when the month ends no later than the end of the Paris day `maxEndDays` days before
    /// `now`.
    package func hasEnded(now: Date, maxEndDays: Int) -> Bool {
        self <= Self.latestEnded(now: now, maxEndDays: maxEndDays)
    }

    package static func < (lhs: ParisMonth, rhs: ParisMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// A Gregorian calendar in Paris time.
    private static var parisCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// Midnight of a day in Paris.
    private static func midnight(year: Int, month: Int, day: Int) -> Date {
        parisCalendar.date(from: DateComponents(year: year, month: month, day: day))!
    }
}
